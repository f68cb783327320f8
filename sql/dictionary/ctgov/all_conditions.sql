-- ctgov.all_conditions: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.all_conditions is 'AACT''s convenience view all_conditions: the trial''s conditions, joined with |, one row per trial that has any. Grain: one row per trial. Key: nct_id.';
comment on column ctgov.all_conditions.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.all_conditions.names is 'AACT: the trial''s conditions, joined with | (distinct values sorted; a NULL value is left out, so a trial whose only value is NULL has an empty string). Here: conditions.condition, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
