-- One row per baseline characteristic (result_type baseline) or outcome measure (result_type outcome) of a trial's posted results; classes, categories, measurements, denominators and analyses point to it by measure_ordinal; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- column result_measures_key: Single-column key of this row (nct_id:ordinal): the rows that name it carry the same result_measures_key.
create or replace view bi.result_measures as
select
    * replace (ordinal::bigint as ordinal),
    nct_id || ':' || ordinal as result_measures_key
from main.result_measures;
