-- One row per statistical analysis of an outcome measure (the groups it compares are in outcome_analysis_groups); JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.outcome_analyses as
select * replace (ordinal::bigint as ordinal, measure_ordinal::bigint as measure_ordinal)
from main.outcome_analyses;
