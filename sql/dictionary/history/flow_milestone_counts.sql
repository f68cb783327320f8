-- history.flow_milestone_counts: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.flow_milestone_counts is 'Every version of flow_milestone_counts, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per participant-flow milestone and group, with the number of participants (and units); JSON and API sources only. Grain: one row per participant-flow milestone and group, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.flow_milestone_counts.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.flow_milestone_counts.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.flow_milestone_counts.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.flow_milestone_counts.group_ordinal is 'The group (result_groups.ordinal of the same trial) group_code names; NULL when the module lists no such group.';
comment on column history.flow_milestone_counts.group_code is 'The participant-flow group''s code, as written (FG000 ...). From the record: resultsSection.participantFlowModule.periods.milestones.achievements.groupId.';
comment on column history.flow_milestone_counts.period_ordinal is 'The period (flow_periods.ordinal of the same trial) this row belongs to.';
comment on column history.flow_milestone_counts.milestone_ordinal is 'The milestone (flow_milestones.ordinal of the same trial) this row belongs to.';
comment on column history.flow_milestone_counts.num_subjects is 'Participants of the group at this milestone: the number the registry gives as text; NULL when it is not one (NA), see *_raw. From the record: resultsSection.participantFlowModule.periods.milestones.achievements.numSubjects.';
comment on column history.flow_milestone_counts.num_subjects_raw is 'num_subjects, the text exactly as the registry gives it ("12.5", "<0.001", "NA"). From the record: resultsSection.participantFlowModule.periods.milestones.achievements.numSubjects.';
comment on column history.flow_milestone_counts.num_units is 'Units (eyes, lesions ...) of the group at this milestone: the number the registry gives as text; NULL when it is not one (NA), see *_raw. From the record: resultsSection.participantFlowModule.periods.milestones.achievements.numUnits.';
comment on column history.flow_milestone_counts.num_units_raw is 'num_units, the text exactly as the registry gives it ("12.5", "<0.001", "NA"). From the record: resultsSection.participantFlowModule.periods.milestones.achievements.numUnits.';
comment on column history.flow_milestone_counts.comment is 'Comment on the count. From the record: resultsSection.participantFlowModule.periods.milestones.achievements.comment.';
comment on column history.flow_milestone_counts.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.flow_milestone_counts.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
