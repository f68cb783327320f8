-- One row per class of a baseline or outcome measure; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.measure_classes as
select * replace (ordinal::bigint as ordinal, measure_ordinal::bigint as measure_ordinal)
from main.measure_classes;
