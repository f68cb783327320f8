-- One row per baseline characteristic (result_type baseline) or outcome measure (result_type outcome) of a trial's posted results; classes, categories, measurements, denominators and analyses point to it by measure_ordinal; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.result_measures as
select * replace (ordinal::bigint as ordinal)
from main.result_measures;
