-- One row per contact person of a trial site; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.site_contacts as
select * replace (ordinal::bigint as ordinal, site_ordinal::bigint as site_ordinal)
from main.site_contacts;
