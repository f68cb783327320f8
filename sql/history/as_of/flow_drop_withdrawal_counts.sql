-- flow_drop_withdrawal_counts as the registry gave it on a date, by its Last Updated date (the bi view's columns):
-- select * from bi.flow_drop_withdrawal_counts_as_of(date '2020-01-01').
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- (The DuckDB dialect of the SQL linter reads a table macro's body as one line: indentation unchecked.)
-- noqa: disable=LT02
create or replace macro bi.flow_drop_withdrawal_counts_as_of(as_of) as table
select
    * exclude (valid_from, valid_to) replace (ordinal::bigint as ordinal, group_ordinal::bigint as group_ordinal, period_ordinal::bigint as period_ordinal, drop_withdrawal_ordinal::bigint as drop_withdrawal_ordinal, num_subjects::bigint as num_subjects, num_units::bigint as num_units),
    nct_id || ':' || group_ordinal as result_groups_key,
    nct_id || ':' || period_ordinal as flow_periods_key,
    nct_id || ':' || drop_withdrawal_ordinal as flow_drop_withdrawals_key
from history.flow_drop_withdrawal_counts
where
    coalesce(valid_from, '-infinity'::date) <= as_of::date
    and (valid_to is null or valid_to > as_of::date);
