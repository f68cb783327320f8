-- ctgov.facility_investigators: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.facility_investigators is 'AACT''s facility_investigators: a site''s investigators and study chairs. Grain: one row per site contact whose role is an investigator''s or a study chair''s. Key: id.';
comment on column ctgov.facility_investigators.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.facility_investigators.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.facility_investigators.facility_id is 'AACT: the site''s id in facilities (join facilities.id). Here: from site_contacts.site_ordinal.';
comment on column ctgov.facility_investigators.role is 'AACT: PRINCIPAL_INVESTIGATOR, SUB_INVESTIGATOR or STUDY_CHAIR. Here: site_contacts.role.';
comment on column ctgov.facility_investigators.name is 'AACT: the investigator''s name. Here: site_contacts.name, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
