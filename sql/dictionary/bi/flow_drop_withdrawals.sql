-- bi.flow_drop_withdrawals: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.flow_drop_withdrawals is 'One row per reason participants did not complete a participant-flow period (the counts per group are in flow_drop_withdrawal_counts); JSON and API sources only. Grain: one row per reason for not completing a participant-flow period. Key: nct_id, ordinal.';
comment on column bi.flow_drop_withdrawals.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.flow_drop_withdrawals.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.flow_drop_withdrawals.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.flow_drop_withdrawals.period_ordinal is 'The period (flow_periods.ordinal of the same trial) this row belongs to.';
comment on column bi.flow_drop_withdrawals.reason is 'The reason as written (Adverse Event, Withdrawal by Subject, Lost to Follow-up ...). From the record: resultsSection.participantFlowModule.periods.dropWithdraws.type.';
comment on column bi.flow_drop_withdrawals.comment is 'Comment on the reason. From the record: resultsSection.participantFlowModule.periods.dropWithdraws.comment.';
comment on column bi.flow_drop_withdrawals.flow_drop_withdrawals_key is 'Single-column key of this row (nct_id:ordinal): the rows that name it carry the same flow_drop_withdrawals_key.';
comment on column bi.flow_drop_withdrawals.flow_periods_key is 'The flow_periods row this row names (nct_id:period_ordinal), to join bi.flow_periods on flow_periods_key alone.';
