-- One row per trial: the trial at the centre of the star schema.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.trials as
select * replace (enrollment::bigint as enrollment, expanded_access_references::bigint as expanded_access_references, number_of_sites::bigint as number_of_sites, number_of_primary_outcomes::bigint as number_of_primary_outcomes, number_of_secondary_outcomes::bigint as number_of_secondary_outcomes, number_of_other_outcomes::bigint as number_of_other_outcomes, months_to_report_results::bigint as months_to_report_results, actual_duration_months::bigint as actual_duration_months, registered_year::bigint as registered_year)
from main.trials;
