-- One row per measurement of a baseline or outcome measure, for one category and one group; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- column result_groups_key: The result_groups row this row names (nct_id:group_ordinal), to join bi.result_groups on result_groups_key alone; NULL when it names none.
-- column result_measures_key: The result_measures row this row names (nct_id:measure_ordinal), to join bi.result_measures on result_measures_key alone.
-- column measure_classes_key: The measure_classes row this row names (nct_id:class_ordinal), to join bi.measure_classes on measure_classes_key alone.
-- column measure_categories_key: The measure_categories row this row names (nct_id:category_ordinal), to join bi.measure_categories on measure_categories_key alone.
create or replace view bi.measurements as
select
    * replace (ordinal::bigint as ordinal, group_ordinal::bigint as group_ordinal, measure_ordinal::bigint as measure_ordinal, class_ordinal::bigint as class_ordinal, category_ordinal::bigint as category_ordinal),
    nct_id || ':' || group_ordinal as result_groups_key,
    nct_id || ':' || measure_ordinal as result_measures_key,
    nct_id || ':' || class_ordinal as measure_classes_key,
    nct_id || ':' || category_ordinal as measure_categories_key
from main.measurements;
