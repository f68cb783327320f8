-- One row per MeSH term the registry derived for a trial's conditions or interventions; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.mesh_terms as
select * replace (ordinal::bigint as ordinal)
from main.mesh_terms;
