-- One row per denominator count of the baseline module, a measure or a class of a measure, per units and group; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- column result_groups_key: The result_groups row this row names (nct_id:group_ordinal), to join bi.result_groups on result_groups_key alone; NULL when it names none.
-- column result_measures_key: The result_measures row this row names (nct_id:measure_ordinal), to join bi.result_measures on result_measures_key alone; NULL when it names none.
-- column measure_classes_key: The measure_classes row this row names (nct_id:class_ordinal), to join bi.measure_classes on measure_classes_key alone; NULL when it names none.
create or replace view bi.result_denoms as
select
    * replace (ordinal::bigint as ordinal, group_ordinal::bigint as group_ordinal, measure_ordinal::bigint as measure_ordinal, class_ordinal::bigint as class_ordinal, count::bigint as count),
    nct_id || ':' || group_ordinal as result_groups_key,
    nct_id || ':' || measure_ordinal as result_measures_key,
    nct_id || ':' || class_ordinal as measure_classes_key
from main.result_denoms;
