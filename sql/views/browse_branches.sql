-- One row per branch of the registry's browse tree (Neoplasms, Heart and Blood Diseases ...) a trial's conditions or interventions fall in; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.browse_branches as
select * replace (ordinal::bigint as ordinal)
from main.browse_branches;
