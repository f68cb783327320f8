-- One row per trial site.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.sites as
select * replace (ordinal::bigint as ordinal)
from main.sites;
