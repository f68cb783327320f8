-- {{table}} as the registry gave it on a date, by its Last Updated date (the bi view's columns):
-- select * from bi.{{table}}_as_of(date '2020-01-01').
-- {{generated}}
-- (The DuckDB dialect of the SQL linter reads a table macro's body as one line: indentation unchecked.)
-- noqa: disable=LT02
create or replace macro bi.{{table}}_as_of(as_of) as table
select{{columns}}
from history.{{table}}
where
    coalesce(valid_from, '-infinity'::date) <= as_of::date
    and (valid_to is null or valid_to > as_of::date);
