-- ctgov.conditions: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.conditions is 'AACT''s conditions: the conditions the trial studies, as the record names them. Grain: one row per condition. Key: id.';
comment on column ctgov.conditions.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.conditions.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.conditions.name is 'AACT: the condition as the record names it. Here: conditions.condition, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.conditions.downcase_name is 'AACT: the name in lower case. Here: lower(conditions.condition), as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
