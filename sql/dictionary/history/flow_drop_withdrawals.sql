-- history.flow_drop_withdrawals: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.flow_drop_withdrawals is 'Every version of flow_drop_withdrawals, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per reason participants did not complete a participant-flow period (the counts per group are in flow_drop_withdrawal_counts); JSON and API sources only. Grain: one row per reason for not completing a participant-flow period, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.flow_drop_withdrawals.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.flow_drop_withdrawals.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.flow_drop_withdrawals.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.flow_drop_withdrawals.period_ordinal is 'The period (flow_periods.ordinal of the same trial) this row belongs to.';
comment on column history.flow_drop_withdrawals.reason is 'The reason as written (Adverse Event, Withdrawal by Subject, Lost to Follow-up ...). From the record: resultsSection.participantFlowModule.periods.dropWithdraws.type.';
comment on column history.flow_drop_withdrawals.comment is 'Comment on the reason. From the record: resultsSection.participantFlowModule.periods.dropWithdraws.comment.';
comment on column history.flow_drop_withdrawals.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.flow_drop_withdrawals.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
