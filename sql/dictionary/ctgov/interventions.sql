-- ctgov.interventions: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.interventions is 'AACT''s interventions: the protocol''s interventions. Grain: one row per intervention. Key: id.';
comment on column ctgov.interventions.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.interventions.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.interventions.intervention_type is 'AACT: the API''s code (DRUG, DEVICE, BEHAVIORAL ...). Here: interventions.intervention_type.';
comment on column ctgov.interventions.name is 'AACT: the intervention''s name. Here: interventions.name, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.interventions.description is 'AACT: its description. Here: interventions.description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
