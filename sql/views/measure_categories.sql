-- One row per category of a class of a baseline or outcome measure; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- column measure_categories_key: Single-column key of this row (nct_id:ordinal): the rows that name it carry the same measure_categories_key.
-- column result_measures_key: The result_measures row this row names (nct_id:measure_ordinal), to join bi.result_measures on result_measures_key alone.
-- column measure_classes_key: The measure_classes row this row names (nct_id:class_ordinal), to join bi.measure_classes on measure_classes_key alone.
create or replace view bi.measure_categories as
select
    * replace (ordinal::bigint as ordinal, measure_ordinal::bigint as measure_ordinal, class_ordinal::bigint as class_ordinal),
    nct_id || ':' || ordinal as measure_categories_key,
    nct_id || ':' || measure_ordinal as result_measures_key,
    nct_id || ':' || class_ordinal as measure_classes_key
from main.measure_categories;
