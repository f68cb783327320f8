-- One row per group a results module compares (participant flow, baseline, each outcome measure, adverse events); every row that names a group joins it by group_ordinal = result_groups.ordinal; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- column result_groups_key: Single-column key of this row (nct_id:ordinal): the rows that name it carry the same result_groups_key.
-- column result_measures_key: The result_measures row this row names (nct_id:measure_ordinal), to join bi.result_measures on result_measures_key alone; NULL when it names none.
create or replace view bi.result_groups as
select
    * replace (ordinal::bigint as ordinal, measure_ordinal::bigint as measure_ordinal, deaths_num_affected::bigint as deaths_num_affected, deaths_num_at_risk::bigint as deaths_num_at_risk, serious_num_affected::bigint as serious_num_affected, serious_num_at_risk::bigint as serious_num_at_risk, other_num_affected::bigint as other_num_affected, other_num_at_risk::bigint as other_num_at_risk),
    nct_id || ':' || ordinal as result_groups_key,
    nct_id || ':' || measure_ordinal as result_measures_key
from main.result_groups;
