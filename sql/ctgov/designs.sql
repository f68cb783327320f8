-- AACT's designs: allocation, models, purpose, masking and who is masked.
-- grain: one row per trial whose record has design information
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number (NCT00012345 is 12345), one row per trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column allocation: AACT: RANDOMIZED, NON_RANDOMIZED or NA. Here: trials.allocation.
-- column intervention_model: AACT: PARALLEL, SINGLE_GROUP ... Here: trials.intervention_model.
-- column observational_model: AACT: COHORT, CASE_CONTROL ... Here: trials.observational_model.
-- column primary_purpose: AACT: TREATMENT, PREVENTION ... Here: trials.primary_purpose.
-- column time_perspective: AACT: PROSPECTIVE, RETROSPECTIVE ... Here: trials.time_perspective.
-- column masking: AACT: NONE, SINGLE, DOUBLE, TRIPLE or QUADRUPLE. Here: trials.masking.
-- column masking_description: AACT: the masking's description. Here: trials.masking_description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column intervention_model_description: AACT: the intervention model's description. Here: trials.intervention_model_description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column subject_masked: AACT: true when participants are masked; NULL when the record says nobody. Here: trials.masked_participant.
-- column caregiver_masked: AACT: true when care providers are masked. Here: trials.masked_care_provider.
-- column investigator_masked: AACT: true when investigators are masked. Here: trials.masked_investigator.
-- column outcomes_assessor_masked: AACT: true when outcome assessors are masked. Here: trials.masked_outcomes_assessor.
create or replace view ctgov.designs as
select
    substr(t.nct_id, 4)::bigint as id,
    t.nct_id,
    t.allocation,
    t.intervention_model,
    t.observational_model,
    t.primary_purpose,
    t.time_perspective,
    t.masking,
    coalesce(w_t.masking_description, t.masking_description) as masking_description,
    coalesce(w_t.intervention_model_description, t.intervention_model_description) as intervention_model_description,
    t.masked_participant as subject_masked,
    t.masked_care_provider as caregiver_masked,
    t.masked_investigator as investigator_masked,
    t.masked_outcomes_assessor as outcomes_assessor_masked
from main.trials as t
left join (
    select
        nct_id,
        max(written) filter (where column_name = 'masking_description') as masking_description,
        max(written) filter (where column_name = 'intervention_model_description') as intervention_model_description
    from main.text_as_written
    where table_name = 'trials'
    group by nct_id
) as w_t on w_t.nct_id = t.nct_id
where
    coalesce(t.allocation, t.intervention_model, t.observational_model, t.primary_purpose, t.time_perspective, t.masking, t.masking_description, t.intervention_model_description) is not null
    or t.masked_participant is not null;
