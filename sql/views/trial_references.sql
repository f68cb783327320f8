-- One row per publication cited by a trial.
create or replace view bi.trial_references as
select * replace (ordinal::bigint as ordinal)
from main.trial_references;
