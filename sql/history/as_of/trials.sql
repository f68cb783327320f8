-- trials as the registry gave it on a date, by its Last Updated date (the bi view's columns):
-- select * from bi.trials_as_of(date '2020-01-01').
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- (The DuckDB dialect of the SQL linter reads a table macro's body as one line: indentation unchecked.)
-- noqa: disable=LT02
create or replace macro bi.trials_as_of(as_of) as table
select * exclude (valid_from, valid_to) replace (enrollment::bigint as enrollment, expanded_access_references::bigint as expanded_access_references, number_of_sites::bigint as number_of_sites, number_of_primary_outcomes::bigint as number_of_primary_outcomes, number_of_secondary_outcomes::bigint as number_of_secondary_outcomes, number_of_other_outcomes::bigint as number_of_other_outcomes, months_to_report_results::bigint as months_to_report_results, actual_duration_months::bigint as actual_duration_months, registered_year::bigint as registered_year)
from history.trials
where
    coalesce(valid_from, '-infinity'::date) <= as_of::date
    and (valid_to is null or valid_to > as_of::date);
