-- One row per contact person of a trial site; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- column sites_key: The sites row this row names (nct_id:site_ordinal), to join bi.sites on sites_key alone.
create or replace view bi.site_contacts as
select
    * replace (ordinal::bigint as ordinal, site_ordinal::bigint as site_ordinal),
    nct_id || ':' || site_ordinal as sites_key
from main.site_contacts;
