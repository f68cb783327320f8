-- Which interventions each arm receives: one row per arm and intervention.
create or replace view bi.arm_interventions as
select * replace (ordinal::bigint as ordinal)
from main.arm_interventions;
