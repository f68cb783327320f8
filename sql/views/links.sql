-- One row per related web link of a trial.
create or replace view bi.links as
select * replace (ordinal::bigint as ordinal)
from main.links;
