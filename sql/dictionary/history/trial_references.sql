-- history.trial_references: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.trial_references is 'Every version of trial_references, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per publication cited by a trial. Grain: one row per publication a trial cites, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.trial_references.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.trial_references.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.trial_references.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.trial_references.citation is 'Citation text. From the record: protocolSection.referencesModule.references.citation.';
comment on column history.trial_references.reference_type is 'BACKGROUND, RESULT or DERIVED. From the record: protocolSection.referencesModule.references.type.';
comment on column history.trial_references.pmid is 'PubMed ID, when the reference has one. From the record: protocolSection.referencesModule.references.pmid.';
comment on column history.trial_references.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.trial_references.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
