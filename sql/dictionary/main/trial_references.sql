-- main.trial_references: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table main.trial_references is 'One row per publication cited by a trial. Grain: one row per publication a trial cites. Key: nct_id, ordinal.';
comment on column main.trial_references.nct_id is 'The trial this row belongs to (NCT########).';
comment on column main.trial_references.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column main.trial_references.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column main.trial_references.citation is 'Citation text. From the record: protocolSection.referencesModule.references.citation.';
comment on column main.trial_references.reference_type is 'BACKGROUND, RESULT or DERIVED. From the record: protocolSection.referencesModule.references.type.';
comment on column main.trial_references.pmid is 'PubMed ID, when the reference has one. From the record: protocolSection.referencesModule.references.pmid.';
