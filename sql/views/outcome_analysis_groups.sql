-- One row per group a statistical analysis of an outcome measure compares; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.outcome_analysis_groups as
select * replace (ordinal::bigint as ordinal, group_ordinal::bigint as group_ordinal, measure_ordinal::bigint as measure_ordinal, analysis_ordinal::bigint as analysis_ordinal)
from main.outcome_analysis_groups;
