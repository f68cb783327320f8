-- history.mesh_terms: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.mesh_terms is 'Every version of mesh_terms, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per MeSH term the registry derived for a trial''s conditions or interventions; JSON and API sources only. Grain: one row per MeSH term the registry derived for a trial, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.mesh_terms.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.mesh_terms.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.mesh_terms.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.mesh_terms.domain is 'condition or intervention: which part of the trial the term describes.';
comment on column history.mesh_terms.level is 'term (assigned to the trial) or ancestor (a broader term above one, for grouping).';
comment on column history.mesh_terms.mesh_id is 'MeSH descriptor ID (D003920). From the record: derivedSection.conditionBrowseModule.meshes.id, derivedSection.conditionBrowseModule.ancestors.id, derivedSection.interventionBrowseModule.meshes.id, derivedSection.interventionBrowseModule.ancestors.id.';
comment on column history.mesh_terms.term is 'MeSH heading (Diabetes Mellitus). From the record: derivedSection.conditionBrowseModule.meshes.term, derivedSection.conditionBrowseModule.ancestors.term, derivedSection.interventionBrowseModule.meshes.term, derivedSection.interventionBrowseModule.ancestors.term.';
comment on column history.mesh_terms.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.mesh_terms.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
