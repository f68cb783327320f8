-- One row per intervention of a trial.
create or replace view bi.interventions as
select * replace (ordinal::bigint as ordinal)
from main.interventions;
