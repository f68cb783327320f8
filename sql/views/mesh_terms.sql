-- One row per MeSH term the registry derived for a trial's conditions or interventions; JSON and API sources only.
create or replace view bi.mesh_terms as
select * replace (ordinal::bigint as ordinal)
from main.mesh_terms;
