-- ctgov.provided_documents: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.provided_documents is 'AACT''s provided_documents: the protocol, statistical analysis plan and consent form files the registry holds. Grain: one row per provided document. Key: id.';
comment on column ctgov.provided_documents.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.provided_documents.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.provided_documents.document_type is 'AACT: the document''s label (Study Protocol and Statistical Analysis Plan). Here: large_documents.label, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.provided_documents.has_protocol is 'AACT: true when it holds the protocol. Here: large_documents.has_protocol.';
comment on column ctgov.provided_documents.has_icf is 'AACT: true when it holds the informed consent form. Here: large_documents.has_icf.';
comment on column ctgov.provided_documents.has_sap is 'AACT: true when it holds the statistical analysis plan. Here: large_documents.has_sap.';
comment on column ctgov.provided_documents.document_date is 'AACT: the document''s date. Here: large_documents.document_date.';
comment on column ctgov.provided_documents.url is 'AACT: the file''s address as AACT builds it (https://ClinicalTrials.gov/ProvidedDocs/<last two digits>/<NCT ID>/<file>). Here: built the same way from large_documents.filename.';
