-- ctgov.ipd_information_types: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.ipd_information_types is 'AACT''s ipd_information_types: the documents shared with the individual participant data. Grain: one row per information type. Key: id.';
comment on column ctgov.ipd_information_types.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.ipd_information_types.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.ipd_information_types.name is 'AACT: the API''s code (STUDY_PROTOCOL, SAP, ICF, CSR, ANALYTIC_CODE). Here: ipd_info_types.info_type.';
