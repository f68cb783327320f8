-- main.flow_milestones: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table main.flow_milestones is 'One row per milestone of a participant-flow period (the counts per group are in flow_milestone_counts); JSON and API sources only. Grain: one row per milestone of a participant-flow period. Key: nct_id, ordinal.';
comment on column main.flow_milestones.nct_id is 'The trial this row belongs to (NCT########).';
comment on column main.flow_milestones.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column main.flow_milestones.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column main.flow_milestones.period_ordinal is 'The period (flow_periods.ordinal of the same trial) this row belongs to.';
comment on column main.flow_milestones.milestone_type is 'The milestone as written: STARTED, COMPLETED, NOT COMPLETED or free text (Received OL Treatment ...). From the record: resultsSection.participantFlowModule.periods.milestones.type.';
comment on column main.flow_milestones.comment is 'Comment on the milestone. From the record: resultsSection.participantFlowModule.periods.milestones.comment.';
