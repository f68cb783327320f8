-- ctgov.brief_summaries: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.brief_summaries is 'AACT''s brief_summaries: the trial''s brief summary. Grain: one row per trial with a description module. Key: id.';
comment on column ctgov.brief_summaries.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number (NCT00012345 is 12345), one row per trial.';
comment on column ctgov.brief_summaries.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.brief_summaries.description is 'AACT: the brief summary, as the record gives it. Here: trials.brief_summary, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
