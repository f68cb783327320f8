-- One row per contact person of a trial site; JSON and API sources only.
create or replace view bi.site_contacts as
select * replace (ordinal::bigint as ordinal, site_ordinal::bigint as site_ordinal)
from main.site_contacts;
