-- One row per measurement of a baseline or outcome measure, for one category and one group; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.measurements as
select * replace (ordinal::bigint as ordinal, group_ordinal::bigint as group_ordinal, measure_ordinal::bigint as measure_ordinal, class_ordinal::bigint as class_ordinal, category_ordinal::bigint as category_ordinal)
from main.measurements;
