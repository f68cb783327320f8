-- bi.flow_drop_withdrawal_counts: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.flow_drop_withdrawal_counts is 'One row per participant-flow drop-out reason and group, with the number of participants (and units); JSON and API sources only. Grain: one row per participant-flow drop-out reason and group. Key: nct_id, ordinal.';
comment on column bi.flow_drop_withdrawal_counts.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.flow_drop_withdrawal_counts.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.flow_drop_withdrawal_counts.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.flow_drop_withdrawal_counts.group_ordinal is 'The group (result_groups.ordinal of the same trial) group_code names; NULL when the module lists no such group.';
comment on column bi.flow_drop_withdrawal_counts.group_code is 'The participant-flow group''s code, as written (FG000 ...). From the record: resultsSection.participantFlowModule.periods.dropWithdraws.reasons.groupId.';
comment on column bi.flow_drop_withdrawal_counts.period_ordinal is 'The period (flow_periods.ordinal of the same trial) this row belongs to.';
comment on column bi.flow_drop_withdrawal_counts.drop_withdrawal_ordinal is 'The drop-out reason (flow_drop_withdrawals.ordinal of the same trial) this row belongs to.';
comment on column bi.flow_drop_withdrawal_counts.num_subjects is 'Participants of the group who left for this reason: the number the registry gives as text; NULL when it is not one (NA), see *_raw. From the record: resultsSection.participantFlowModule.periods.dropWithdraws.reasons.numSubjects.';
comment on column bi.flow_drop_withdrawal_counts.num_subjects_raw is 'num_subjects, the text exactly as the registry gives it ("12.5", "<0.001", "NA"). From the record: resultsSection.participantFlowModule.periods.dropWithdraws.reasons.numSubjects.';
comment on column bi.flow_drop_withdrawal_counts.num_units is 'Units of the group that left for this reason: the number the registry gives as text; NULL when it is not one (NA), see *_raw. From the record: resultsSection.participantFlowModule.periods.dropWithdraws.reasons.numUnits.';
comment on column bi.flow_drop_withdrawal_counts.num_units_raw is 'num_units, the text exactly as the registry gives it ("12.5", "<0.001", "NA"). From the record: resultsSection.participantFlowModule.periods.dropWithdraws.reasons.numUnits.';
comment on column bi.flow_drop_withdrawal_counts.comment is 'Comment on the count. From the record: resultsSection.participantFlowModule.periods.dropWithdraws.reasons.comment.';
comment on column bi.flow_drop_withdrawal_counts.result_groups_key is 'The result_groups row this row names (nct_id:group_ordinal), to join bi.result_groups on result_groups_key alone; NULL when it names none.';
comment on column bi.flow_drop_withdrawal_counts.flow_periods_key is 'The flow_periods row this row names (nct_id:period_ordinal), to join bi.flow_periods on flow_periods_key alone.';
comment on column bi.flow_drop_withdrawal_counts.flow_drop_withdrawals_key is 'The flow_drop_withdrawals row this row names (nct_id:drop_withdrawal_ordinal), to join bi.flow_drop_withdrawals on flow_drop_withdrawals_key alone.';
