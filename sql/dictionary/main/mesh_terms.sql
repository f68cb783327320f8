-- main.mesh_terms: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table main.mesh_terms is 'One row per MeSH term the registry derived for a trial''s conditions or interventions; JSON and API sources only. Grain: one row per MeSH term the registry derived for a trial. Key: nct_id, ordinal.';
comment on column main.mesh_terms.nct_id is 'The trial this row belongs to (NCT########).';
comment on column main.mesh_terms.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column main.mesh_terms.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column main.mesh_terms.domain is 'condition or intervention: which part of the trial the term describes.';
comment on column main.mesh_terms.level is 'term (assigned to the trial) or ancestor (a broader term above one, for grouping).';
comment on column main.mesh_terms.mesh_id is 'MeSH descriptor ID (D003920). From the record: derivedSection.conditionBrowseModule.meshes.id, derivedSection.conditionBrowseModule.ancestors.id, derivedSection.interventionBrowseModule.meshes.id, derivedSection.interventionBrowseModule.ancestors.id.';
comment on column main.mesh_terms.term is 'MeSH heading (Diabetes Mellitus). From the record: derivedSection.conditionBrowseModule.meshes.term, derivedSection.conditionBrowseModule.ancestors.term, derivedSection.interventionBrowseModule.meshes.term, derivedSection.interventionBrowseModule.ancestors.term.';
