-- ctgov.browse_interventions: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.browse_interventions is 'AACT''s browse_interventions: the MeSH terms NLM''s algorithm assigns to the trial''s interventions (mesh-list), and their ancestors (mesh-ancestor). Grain: one row per MeSH term or ancestor of the trial''s interventions. Key: id.';
comment on column ctgov.browse_interventions.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.browse_interventions.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.browse_interventions.mesh_term is 'AACT: the MeSH term. Here: mesh_terms.term, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.browse_interventions.downcase_mesh_term is 'AACT: the term in lower case. Here: lower(mesh_terms.term), as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.browse_interventions.mesh_type is 'AACT: mesh-list for a term assigned to the trial, mesh-ancestor for a broader one. Here: from mesh_terms.level.';
