-- conditions as the registry gave it on a date, by its Last Updated date (the bi view's columns):
-- select * from bi.conditions_as_of(date '2020-01-01').
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- (The DuckDB dialect of the SQL linter reads a table macro's body as one line: indentation unchecked.)
-- noqa: disable=LT02
create or replace macro bi.conditions_as_of(as_of) as table
select * exclude (valid_from, valid_to) replace (ordinal::bigint as ordinal)
from history.conditions
where
    coalesce(valid_from, '-infinity'::date) <= as_of::date
    and (valid_to is null or valid_to > as_of::date);
