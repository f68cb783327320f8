-- One row per country a trial once had sites in and no longer lists (AACT's countries with removed = true); JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.removed_countries as
select * replace (ordinal::bigint as ordinal)
from main.removed_countries;
