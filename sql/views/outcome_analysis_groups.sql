-- One row per group a statistical analysis of an outcome measure compares; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- column result_groups_key: The result_groups row this row names (nct_id:group_ordinal), to join bi.result_groups on result_groups_key alone; NULL when it names none.
-- column result_measures_key: The result_measures row this row names (nct_id:measure_ordinal), to join bi.result_measures on result_measures_key alone.
-- column outcome_analyses_key: The outcome_analyses row this row names (nct_id:analysis_ordinal), to join bi.outcome_analyses on outcome_analyses_key alone.
create or replace view bi.outcome_analysis_groups as
select
    * replace (ordinal::bigint as ordinal, group_ordinal::bigint as group_ordinal, measure_ordinal::bigint as measure_ordinal, analysis_ordinal::bigint as analysis_ordinal),
    nct_id || ':' || group_ordinal as result_groups_key,
    nct_id || ':' || measure_ordinal as result_measures_key,
    nct_id || ':' || analysis_ordinal as outcome_analyses_key
from main.outcome_analysis_groups;
