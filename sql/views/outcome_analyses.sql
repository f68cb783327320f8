-- One row per statistical analysis of an outcome measure (the groups it compares are in outcome_analysis_groups); JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- column outcome_analyses_key: Single-column key of this row (nct_id:ordinal): the rows that name it carry the same outcome_analyses_key.
-- column result_measures_key: The result_measures row this row names (nct_id:measure_ordinal), to join bi.result_measures on result_measures_key alone.
create or replace view bi.outcome_analyses as
select
    * replace (ordinal::bigint as ordinal, measure_ordinal::bigint as measure_ordinal),
    nct_id || ':' || ordinal as outcome_analyses_key,
    nct_id || ':' || measure_ordinal as result_measures_key
from main.outcome_analyses;
