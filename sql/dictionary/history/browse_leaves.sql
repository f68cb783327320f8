-- history.browse_leaves: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.browse_leaves is 'Every version of browse_leaves, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per MeSH browse leaf the registry derived for a trial''s conditions or interventions, with its relevance; JSON and API sources only. Grain: one row per browse leaf the registry derived for a trial, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.browse_leaves.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.browse_leaves.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.browse_leaves.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.browse_leaves.domain is 'condition or intervention: which browse module the leaf is from.';
comment on column history.browse_leaves.mesh_id is 'Browse leaf ID (M9372, a MeSH tree entry). From the record: derivedSection.conditionBrowseModule.browseLeaves.id, derivedSection.interventionBrowseModule.browseLeaves.id.';
comment on column history.browse_leaves.name is 'Its heading. From the record: derivedSection.conditionBrowseModule.browseLeaves.name, derivedSection.interventionBrowseModule.browseLeaves.name.';
comment on column history.browse_leaves.as_found is 'The trial''s own words it was found from. From the record: derivedSection.conditionBrowseModule.browseLeaves.asFound, derivedSection.interventionBrowseModule.browseLeaves.asFound.';
comment on column history.browse_leaves.relevance is 'HIGH (a term of the trial) or LOW (an ancestor). From the record: derivedSection.conditionBrowseModule.browseLeaves.relevance, derivedSection.interventionBrowseModule.browseLeaves.relevance.';
comment on column history.browse_leaves.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.browse_leaves.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
