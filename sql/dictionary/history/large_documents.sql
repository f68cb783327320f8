-- history.large_documents: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.large_documents is 'Every version of large_documents, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per large document (protocol, statistical analysis plan, informed consent form) a trial posted; JSON and API sources only. Grain: one row per large document a trial posted, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.large_documents.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.large_documents.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.large_documents.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.large_documents.type_abbrev is 'Document kind as abbreviated (Prot, SAP, ICF, Prot_SAP ...). From the record: documentSection.largeDocumentModule.largeDocs.typeAbbrev.';
comment on column history.large_documents.has_protocol is 'True when it holds the study protocol. From the record: documentSection.largeDocumentModule.largeDocs.hasProtocol.';
comment on column history.large_documents.has_sap is 'True when it holds the statistical analysis plan. From the record: documentSection.largeDocumentModule.largeDocs.hasSap.';
comment on column history.large_documents.has_icf is 'True when it holds the informed consent form. From the record: documentSection.largeDocumentModule.largeDocs.hasIcf.';
comment on column history.large_documents.label is 'Its label (Study Protocol and Statistical Analysis Plan). From the record: documentSection.largeDocumentModule.largeDocs.label.';
comment on column history.large_documents.document_date is 'Date of the document itself. From the record: documentSection.largeDocumentModule.largeDocs.date.';
comment on column history.large_documents.uploaded_at is 'When it was uploaded (to the minute, as the registry gives it). From the record: documentSection.largeDocumentModule.largeDocs.uploadDate.';
comment on column history.large_documents.filename is 'Its file name (Prot_SAP_000.pdf). From the record: documentSection.largeDocumentModule.largeDocs.filename.';
comment on column history.large_documents.size_bytes is 'Its size in bytes. From the record: documentSection.largeDocumentModule.largeDocs.size.';
comment on column history.large_documents.url is 'Where the registry serves it: https://clinicaltrials.gov/ProvidedDocs/ + the NCT ID''s last two digits + / + NCT ID + / + filename (derived, as AACT''s provided_documents.url).';
comment on column history.large_documents.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.large_documents.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
