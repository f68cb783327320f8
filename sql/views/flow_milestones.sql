-- One row per milestone of a participant-flow period (the counts per group are in flow_milestone_counts); JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.flow_milestones as
select * replace (ordinal::bigint as ordinal, period_ordinal::bigint as period_ordinal)
from main.flow_milestones;
