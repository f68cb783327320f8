-- ctgov.intervention_other_names: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.intervention_other_names is 'AACT''s intervention_other_names: other names of an intervention (brand names, codes). Grain: one row per other name of an intervention. Key: id.';
comment on column ctgov.intervention_other_names.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.intervention_other_names.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.intervention_other_names.intervention_id is 'AACT: the intervention''s id (join interventions.id). Here: from intervention_other_names.intervention_ordinal.';
comment on column ctgov.intervention_other_names.name is 'AACT: the other name. Here: intervention_other_names.other_name, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
