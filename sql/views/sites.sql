-- One row per trial site.
create or replace view bi.sites as
select * replace (ordinal::bigint as ordinal)
from main.sites;
