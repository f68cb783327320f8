-- AACT's browse_interventions: the MeSH terms NLM's algorithm assigns to the trial's interventions (mesh-list), and their ancestors (mesh-ancestor).
-- grain: one row per MeSH term or ancestor of the trial's interventions
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column mesh_term: AACT: the MeSH term. Here: mesh_terms.term.
-- column downcase_mesh_term: AACT: the term in lower case. Here: lower(mesh_terms.term).
-- column mesh_type: AACT: mesh-list for a term assigned to the trial, mesh-ancestor for a broader one. Here: from mesh_terms.level.
create or replace view ctgov.browse_interventions as
select
    substr(m.nct_id, 4)::bigint * 1000000000 + m.ordinal as id,
    m.nct_id,
    m.term as mesh_term,
    lower(m.term) as downcase_mesh_term,
    case m.level when 'term' then 'mesh-list' else 'mesh-ancestor' end as mesh_type
from main.mesh_terms as m
where m.domain = 'intervention';
