-- ctgov.detailed_descriptions: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.detailed_descriptions is 'AACT''s detailed_descriptions: the trial''s detailed description (NULL when the record has a brief summary only, as in AACT). Grain: one row per trial with a description module. Key: id.';
comment on column ctgov.detailed_descriptions.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number (NCT00012345 is 12345), one row per trial.';
comment on column ctgov.detailed_descriptions.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.detailed_descriptions.description is 'AACT: the detailed description, as the record gives it. Here: trials.detailed_description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
