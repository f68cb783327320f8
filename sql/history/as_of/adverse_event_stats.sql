-- adverse_event_stats as the registry gave it on a date, by its Last Updated date (the bi view's columns):
-- select * from bi.adverse_event_stats_as_of(date '2020-01-01').
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- (The DuckDB dialect of the SQL linter reads a table macro's body as one line: indentation unchecked.)
-- noqa: disable=LT02
create or replace macro bi.adverse_event_stats_as_of(as_of) as table
select
    * exclude (valid_from, valid_to) replace (ordinal::bigint as ordinal, group_ordinal::bigint as group_ordinal, event_ordinal::bigint as event_ordinal, num_events::bigint as num_events, num_affected::bigint as num_affected, num_at_risk::bigint as num_at_risk),
    nct_id || ':' || group_ordinal as result_groups_key,
    nct_id || ':' || event_ordinal as adverse_events_key
from history.adverse_event_stats
where
    coalesce(valid_from, '-infinity'::date) <= as_of::date
    and (valid_to is null or valid_to > as_of::date);
