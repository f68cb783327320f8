-- history.flow_milestones: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.flow_milestones is 'Every version of flow_milestones, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per milestone of a participant-flow period (the counts per group are in flow_milestone_counts); JSON and API sources only. Grain: one row per milestone of a participant-flow period, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.flow_milestones.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.flow_milestones.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.flow_milestones.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.flow_milestones.period_ordinal is 'The period (flow_periods.ordinal of the same trial) this row belongs to.';
comment on column history.flow_milestones.milestone_type is 'The milestone as written: STARTED, COMPLETED, NOT COMPLETED or free text (Received OL Treatment ...). From the record: resultsSection.participantFlowModule.periods.milestones.type.';
comment on column history.flow_milestones.comment is 'Comment on the milestone. From the record: resultsSection.participantFlowModule.periods.milestones.comment.';
comment on column history.flow_milestones.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.flow_milestones.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
