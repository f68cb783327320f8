-- bi.reference_retractions: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.reference_retractions is 'One row per retraction of a publication a trial cites; JSON and API sources only. Grain: one row per retraction of a publication a trial cites. Key: nct_id, ordinal.';
comment on column bi.reference_retractions.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.reference_retractions.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.reference_retractions.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.reference_retractions.reference_ordinal is 'The reference (trial_references.ordinal of the same trial) retracted.';
comment on column bi.reference_retractions.pmid is 'PubMed ID of the retraction notice. From the record: protocolSection.referencesModule.references.retractions.pmid.';
comment on column bi.reference_retractions.source is 'Where the retraction was published (a journal citation). From the record: protocolSection.referencesModule.references.retractions.source.';
comment on column bi.reference_retractions.trial_references_key is 'The trial_references row this row names (nct_id:reference_ordinal), to join bi.trial_references on trial_references_key alone.';
