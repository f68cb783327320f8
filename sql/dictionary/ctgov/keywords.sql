-- ctgov.keywords: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.keywords is 'AACT''s keywords: the keywords the sponsor gives. Grain: one row per keyword. Key: id.';
comment on column ctgov.keywords.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.keywords.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.keywords.name is 'AACT: the keyword. Here: keywords.keyword, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.keywords.downcase_name is 'AACT: the keyword in lower case. Here: lower(keywords.keyword), as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
