-- measure_categories as the registry gave it on a date, by its Last Updated date (the bi view's columns):
-- select * from bi.measure_categories_as_of(date '2020-01-01').
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- (The DuckDB dialect of the SQL linter reads a table macro's body as one line: indentation unchecked.)
-- noqa: disable=LT02
create or replace macro bi.measure_categories_as_of(as_of) as table
select
    * exclude (valid_from, valid_to) replace (ordinal::bigint as ordinal, measure_ordinal::bigint as measure_ordinal, class_ordinal::bigint as class_ordinal),
    nct_id || ':' || ordinal as measure_categories_key,
    nct_id || ':' || measure_ordinal as result_measures_key,
    nct_id || ':' || class_ordinal as measure_classes_key
from history.measure_categories
where
    coalesce(valid_from, '-infinity'::date) <= as_of::date
    and (valid_to is null or valid_to > as_of::date);
