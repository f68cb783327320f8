-- AACT's browse_conditions: the MeSH terms NLM's algorithm assigns to the trial's conditions (mesh-list), and their ancestors (mesh-ancestor).
-- grain: one row per MeSH term or ancestor of the trial's conditions
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column mesh_term: AACT: the MeSH term. Here: mesh_terms.term, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column downcase_mesh_term: AACT: the term in lower case. Here: lower(mesh_terms.term), as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column mesh_type: AACT: mesh-list for a term assigned to the trial, mesh-ancestor for a broader one. Here: from mesh_terms.level.
create or replace view ctgov.browse_conditions as
select
    substr(m.nct_id, 4)::bigint * 1000000000 + m.ordinal as id,
    m.nct_id,
    coalesce(w_m.term, m.term) as mesh_term,
    lower(coalesce(w_m.term, m.term)) as downcase_mesh_term,
    case m.level when 'term' then 'mesh-list' else 'mesh-ancestor' end as mesh_type
from main.mesh_terms as m
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'term') as term
    from main.text_as_written
    where table_name = 'mesh_terms'
    group by nct_id, row_ordinal
) as w_m on w_m.nct_id = m.nct_id and w_m.row_ordinal = m.ordinal
where m.domain = 'condition';
