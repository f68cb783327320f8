-- Which interventions each arm receives: one row per arm and intervention.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.arm_interventions as
select * replace (ordinal::bigint as ordinal)
from main.arm_interventions;
