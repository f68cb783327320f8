-- One row per outcome measure a trial registered; JSON and API sources only.
create or replace view bi.outcomes as
select * replace (ordinal::bigint as ordinal)
from main.outcomes;
