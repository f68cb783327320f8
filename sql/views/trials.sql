-- One row per trial: the trial at the centre of the star schema.
create or replace view bi.trials as
select * replace (enrollment::bigint as enrollment)
from main.trials;
