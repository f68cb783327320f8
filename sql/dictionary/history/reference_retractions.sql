-- history.reference_retractions: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.reference_retractions is 'Every version of reference_retractions, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per retraction of a publication a trial cites; JSON and API sources only. Grain: one row per retraction of a publication a trial cites, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.reference_retractions.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.reference_retractions.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.reference_retractions.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.reference_retractions.reference_ordinal is 'The reference (trial_references.ordinal of the same trial) retracted.';
comment on column history.reference_retractions.pmid is 'PubMed ID of the retraction notice. From the record: protocolSection.referencesModule.references.retractions.pmid.';
comment on column history.reference_retractions.source is 'Where the retraction was published (a journal citation). From the record: protocolSection.referencesModule.references.retractions.source.';
comment on column history.reference_retractions.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.reference_retractions.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
