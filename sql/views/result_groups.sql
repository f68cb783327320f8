-- One row per group a results module compares (participant flow, baseline, each outcome measure, adverse events); every row that names a group joins it by group_ordinal = result_groups.ordinal; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.result_groups as
select * replace (ordinal::bigint as ordinal, measure_ordinal::bigint as measure_ordinal, deaths_num_affected::bigint as deaths_num_affected, deaths_num_at_risk::bigint as deaths_num_at_risk, serious_num_affected::bigint as serious_num_affected, serious_num_at_risk::bigint as serious_num_at_risk, other_num_affected::bigint as other_num_affected, other_num_at_risk::bigint as other_num_at_risk)
from main.result_groups;
