-- bi.flow_milestones: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.flow_milestones is 'One row per milestone of a participant-flow period (the counts per group are in flow_milestone_counts); JSON and API sources only. Grain: one row per milestone of a participant-flow period. Key: nct_id, ordinal.';
comment on column bi.flow_milestones.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.flow_milestones.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.flow_milestones.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.flow_milestones.period_ordinal is 'The period (flow_periods.ordinal of the same trial) this row belongs to.';
comment on column bi.flow_milestones.milestone_type is 'The milestone as written: STARTED, COMPLETED, NOT COMPLETED or free text (Received OL Treatment ...). From the record: resultsSection.participantFlowModule.periods.milestones.type.';
comment on column bi.flow_milestones.comment is 'Comment on the milestone. From the record: resultsSection.participantFlowModule.periods.milestones.comment.';
comment on column bi.flow_milestones.flow_milestones_key is 'Single-column key of this row (nct_id:ordinal): the rows that name it carry the same flow_milestones_key.';
comment on column bi.flow_milestones.flow_periods_key is 'The flow_periods row this row names (nct_id:period_ordinal), to join bi.flow_periods on flow_periods_key alone.';
