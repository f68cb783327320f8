-- One row per class of a baseline or outcome measure; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- column measure_classes_key: Single-column key of this row (nct_id:ordinal): the rows that name it carry the same measure_classes_key.
-- column result_measures_key: The result_measures row this row names (nct_id:measure_ordinal), to join bi.result_measures on result_measures_key alone.
create or replace view bi.measure_classes as
select
    * replace (ordinal::bigint as ordinal, measure_ordinal::bigint as measure_ordinal),
    nct_id || ':' || ordinal as measure_classes_key,
    nct_id || ':' || measure_ordinal as result_measures_key
from main.measure_classes;
