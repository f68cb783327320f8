-- flow_milestone_counts as the registry gave it on a date, by its Last Updated date (the bi view's columns):
-- select * from bi.flow_milestone_counts_as_of(date '2020-01-01').
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- (The DuckDB dialect of the SQL linter reads a table macro's body as one line: indentation unchecked.)
-- noqa: disable=LT02
create or replace macro bi.flow_milestone_counts_as_of(as_of) as table
select
    * exclude (valid_from, valid_to) replace (ordinal::bigint as ordinal, group_ordinal::bigint as group_ordinal, period_ordinal::bigint as period_ordinal, milestone_ordinal::bigint as milestone_ordinal, num_subjects::bigint as num_subjects, num_units::bigint as num_units),
    nct_id || ':' || group_ordinal as result_groups_key,
    nct_id || ':' || period_ordinal as flow_periods_key,
    nct_id || ':' || milestone_ordinal as flow_milestones_key
from history.flow_milestone_counts
where
    coalesce(valid_from, '-infinity'::date) <= as_of::date
    and (valid_to is null or valid_to > as_of::date);
