-- ctgov.documents: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.documents is 'AACT''s documents: the available individual-participant-data sets and documents the record lists. Grain: one row per available document. Key: id.';
comment on column ctgov.documents.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.documents.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.documents.document_id is 'AACT: the document''s identifier. Here: available_ipds.ipd_id, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.documents.document_type is 'AACT: its type as the record gives it. Here: available_ipds.ipd_type, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.documents.url is 'AACT: where it is. Here: available_ipds.url, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.documents.comment is 'AACT: a comment. Here: available_ipds.comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
