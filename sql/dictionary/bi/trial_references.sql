-- bi.trial_references: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.trial_references is 'One row per publication cited by a trial. Grain: one row per publication a trial cites. Key: nct_id, ordinal.';
comment on column bi.trial_references.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.trial_references.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.trial_references.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.trial_references.citation is 'Citation text. From the record: protocolSection.referencesModule.references.citation.';
comment on column bi.trial_references.reference_type is 'BACKGROUND, RESULT or DERIVED. From the record: protocolSection.referencesModule.references.type.';
comment on column bi.trial_references.pmid is 'PubMed ID, when the reference has one. From the record: protocolSection.referencesModule.references.pmid.';
comment on column bi.trial_references.trial_references_key is 'Single-column key of this row (nct_id:ordinal): the rows that name it carry the same trial_references_key.';
