-- bi.browse_leaves: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.browse_leaves is 'One row per MeSH browse leaf the registry derived for a trial''s conditions or interventions, with its relevance; JSON and API sources only. Grain: one row per browse leaf the registry derived for a trial. Key: nct_id, ordinal.';
comment on column bi.browse_leaves.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.browse_leaves.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.browse_leaves.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.browse_leaves.domain is 'condition or intervention: which browse module the leaf is from.';
comment on column bi.browse_leaves.mesh_id is 'Browse leaf ID (M9372, a MeSH tree entry). From the record: derivedSection.conditionBrowseModule.browseLeaves.id, derivedSection.interventionBrowseModule.browseLeaves.id.';
comment on column bi.browse_leaves.name is 'Its heading. From the record: derivedSection.conditionBrowseModule.browseLeaves.name, derivedSection.interventionBrowseModule.browseLeaves.name.';
comment on column bi.browse_leaves.as_found is 'The trial''s own words it was found from. From the record: derivedSection.conditionBrowseModule.browseLeaves.asFound, derivedSection.interventionBrowseModule.browseLeaves.asFound.';
comment on column bi.browse_leaves.relevance is 'HIGH (a term of the trial) or LOW (an ancestor). From the record: derivedSection.conditionBrowseModule.browseLeaves.relevance, derivedSection.interventionBrowseModule.browseLeaves.relevance.';
