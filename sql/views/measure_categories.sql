-- One row per category of a class of a baseline or outcome measure; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.measure_categories as
select * replace (ordinal::bigint as ordinal, measure_ordinal::bigint as measure_ordinal, class_ordinal::bigint as class_ordinal)
from main.measure_categories;
