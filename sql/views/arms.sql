-- One row per arm or cohort of a trial.
create or replace view bi.arms as
select * replace (ordinal::bigint as ordinal)
from main.arms;
