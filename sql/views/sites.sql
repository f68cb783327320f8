-- One row per trial site.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- column sites_key: Single-column key of this row (nct_id:ordinal): the rows that name it carry the same sites_key.
create or replace view bi.sites as
select
    * replace (ordinal::bigint as ordinal),
    nct_id || ':' || ordinal as sites_key
from main.sites;
