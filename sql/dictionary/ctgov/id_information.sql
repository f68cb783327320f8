-- ctgov.id_information: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.id_information is 'AACT''s id_information: the trial''s other identifiers: the sponsor''s (org_study_id), secondary ones and merged NCT IDs (nct_alias). Grain: one row per identifier. Key: id.';
comment on column ctgov.id_information.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.id_information.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.id_information.id_source is 'AACT: org_study_id, secondary_id or nct_alias. Here: identifiers.identifier_source (nct_id_alias there).';
comment on column ctgov.id_information.id_value is 'AACT: the identifier. Here: identifiers.identifier, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.id_information.id_type is 'AACT: the identifier''s type, the API''s code (NIH, EUDRACT_NUMBER, OTHER_GRANT ...). Here: identifiers.identifier_type.';
comment on column ctgov.id_information.id_type_description is 'AACT: who issued it (secondaryIdInfos.domain). Here: identifiers.domain, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.id_information.id_link is 'AACT: a link to it. Here: identifiers.link, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
