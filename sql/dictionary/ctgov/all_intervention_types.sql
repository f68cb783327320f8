-- ctgov.all_intervention_types: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.all_intervention_types is 'AACT''s convenience view all_intervention_types: the types of the trial''s interventions, joined with |, one row per trial that has any. Grain: one row per trial. Key: nct_id.';
comment on column ctgov.all_intervention_types.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.all_intervention_types.names is 'AACT: the types of the trial''s interventions, joined with | (in the record''s order; a NULL value is left out, so a trial whose only value is NULL has an empty string). Here: interventions.intervention_type, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
