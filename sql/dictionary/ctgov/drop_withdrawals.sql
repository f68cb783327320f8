-- ctgov.drop_withdrawals: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.drop_withdrawals is 'AACT''s drop_withdrawals: why participants left, per period and group. Grain: one row per drop-out count of a group in a period. Key: id.';
comment on column ctgov.drop_withdrawals.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.drop_withdrawals.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.drop_withdrawals.result_group_id is 'AACT: the id of the group in result_groups (join result_groups.id). Here: from group_ordinal, resolved at load.';
comment on column ctgov.drop_withdrawals.ctgov_group_code is 'AACT: the group''s code in the record (BG000, FG000, OG000, EG000). Here: group_code as written.';
comment on column ctgov.drop_withdrawals.period is 'AACT: the period''s title. Here: flow_periods.title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.drop_withdrawals.reason is 'AACT: the reason (Adverse Event, Withdrawal by Subject ...). Here: flow_drop_withdrawals.reason, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.drop_withdrawals.count is 'AACT: participants who left for it, read as Rails reads text into an integer column. Here: from flow_drop_withdrawal_counts.num_subjects_raw.';
comment on column ctgov.drop_withdrawals.drop_withdraw_comment is 'AACT: the reason''s comment. Here: flow_drop_withdrawals.comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.drop_withdrawals.reason_comment is 'AACT: the group''s comment on the count. Here: flow_drop_withdrawal_counts.comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.drop_withdrawals.count_units is 'AACT: units that left for it, read as Rails reads text into an integer column. Here: from flow_drop_withdrawal_counts.num_units_raw.';
