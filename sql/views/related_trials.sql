-- One row per trial the registry suggests as related.
create or replace view bi.related_trials as
select * replace (ordinal::bigint as ordinal)
from main.related_trials;
