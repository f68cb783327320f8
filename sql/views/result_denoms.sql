-- One row per denominator count of the baseline module, a measure or a class of a measure, per units and group; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.result_denoms as
select * replace (ordinal::bigint as ordinal, group_ordinal::bigint as group_ordinal, measure_ordinal::bigint as measure_ordinal, class_ordinal::bigint as class_ordinal, count::bigint as count)
from main.result_denoms;
