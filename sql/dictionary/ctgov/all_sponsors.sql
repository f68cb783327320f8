-- ctgov.all_sponsors: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.all_sponsors is 'AACT''s convenience view all_sponsors: the names of the trial''s sponsors and collaborators, joined with |, one row per trial that has any. Grain: one row per trial. Key: nct_id.';
comment on column ctgov.all_sponsors.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.all_sponsors.names is 'AACT: the names of the trial''s sponsors and collaborators, joined with | (distinct values sorted; a NULL value is left out, so a trial whose only value is NULL has an empty string). Here: sponsors.name, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
