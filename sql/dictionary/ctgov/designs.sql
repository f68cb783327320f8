-- ctgov.designs: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.designs is 'AACT''s designs: allocation, models, purpose, masking and who is masked. Grain: one row per trial whose record has design information. Key: id.';
comment on column ctgov.designs.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number (NCT00012345 is 12345), one row per trial.';
comment on column ctgov.designs.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.designs.allocation is 'AACT: RANDOMIZED, NON_RANDOMIZED or NA. Here: trials.allocation.';
comment on column ctgov.designs.intervention_model is 'AACT: PARALLEL, SINGLE_GROUP ... Here: trials.intervention_model.';
comment on column ctgov.designs.observational_model is 'AACT: COHORT, CASE_CONTROL ... Here: trials.observational_model.';
comment on column ctgov.designs.primary_purpose is 'AACT: TREATMENT, PREVENTION ... Here: trials.primary_purpose.';
comment on column ctgov.designs.time_perspective is 'AACT: PROSPECTIVE, RETROSPECTIVE ... Here: trials.time_perspective.';
comment on column ctgov.designs.masking is 'AACT: NONE, SINGLE, DOUBLE, TRIPLE or QUADRUPLE. Here: trials.masking.';
comment on column ctgov.designs.masking_description is 'AACT: the masking''s description. Here: trials.masking_description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.designs.intervention_model_description is 'AACT: the intervention model''s description. Here: trials.intervention_model_description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.designs.subject_masked is 'AACT: true when participants are masked; NULL when the record says nobody. Here: trials.masked_participant.';
comment on column ctgov.designs.caregiver_masked is 'AACT: true when care providers are masked. Here: trials.masked_care_provider.';
comment on column ctgov.designs.investigator_masked is 'AACT: true when investigators are masked. Here: trials.masked_investigator.';
comment on column ctgov.designs.outcomes_assessor_masked is 'AACT: true when outcome assessors are masked. Here: trials.masked_outcomes_assessor.';
