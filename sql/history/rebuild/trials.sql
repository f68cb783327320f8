-- Rebuild the trials history of one share of the trials gathered (sql/history/gather; history_share:
-- their NCT IDs; history_versions: every version of those trials after this run, in order). Each
-- row of each version (the stored rows, over the stored versions they held in, that no incoming
-- version replaces; the incoming versions' staged rows) is numbered by its version; a row held in
-- consecutive versions is one island, kept once from the first version's date to the date of the
-- version after the last (gaps and islands). Loading versions in any order gives the same rows.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
insert into history.trials by name
with stored as (
    select
        history_row.* exclude (valid_from, valid_to),
        version.version_date
    from history_stored as history_row
    inner join history_versions as version
        on
            history_row.nct_id = version.nct_id
            and version.held
            and version.version_date >= coalesce(history_row.valid_from, '-infinity'::date)
            and (history_row.valid_to is null or version.version_date < history_row.valid_to)
    where history_row.nct_id in (select share.nct_id from history_share as share)
),

incoming as (
    select *
    from history_staged
    where nct_id in (select share.nct_id from history_share as share)
),

version_rows as (
    select * from stored
    union all by name
    select * from incoming
),

numbered as (
    select
        version_rows.*,
        version.version_number,
        version.next_date
    from version_rows
    inner join history_versions as version
        on version_rows.nct_id = version.nct_id and version_rows.version_date = version.version_date
),

islands as (
    select
        *,
        version_number - row_number() over (
            partition by nct_id, title, last_updated, last_updated_raw, has_results, overall_status, phase, enrollment, study_type, start_date, start_date_raw, completion_date, completion_date_raw, allocation, intervention_model, primary_purpose, masking, minimum_age, maximum_age, sex, healthy_volunteers, lead_sponsor, brief_summary, detailed_description, eligibility_criteria, responsible_party, other_intervention_names, official_title, acronym, why_stopped, primary_completion_date, primary_completion_date_raw, study_first_posted, study_first_posted_raw, org_full_name, org_class, status_verified_date, status_verified_date_raw, last_known_status, delayed_posting, results_waived, has_expanded_access, expanded_access_nct_id, expanded_access_status, start_date_type, primary_completion_date_type, completion_date_type, study_first_submitted, study_first_submitted_qc, study_first_posted_type, results_first_submitted, results_first_submitted_qc, results_first_posted, results_first_posted_type, disposition_first_submitted, disposition_first_submitted_qc, disposition_first_posted, disposition_first_posted_type, last_update_submitted, last_updated_type, responsible_investigator, responsible_investigator_title, responsible_investigator_affiliation, responsible_party_old_name_title, responsible_party_old_organization, has_dmc, is_fda_regulated_drug, is_fda_regulated_device, is_unapproved_device, is_ppsd, is_us_export, fdaaa801_violation, expanded_access_references, expanded_access_individual, expanded_access_intermediate, expanded_access_treatment, patient_registry, target_duration, intervention_model_description, observational_model, time_perspective, masking_description, masked_participant, masked_care_provider, masked_investigator, masked_outcomes_assessor, biospec_retention, biospec_description, enrollment_type, study_population, sampling_method, gender_based, gender_description, ipd_sharing, ipd_description, ipd_time_frame, ipd_access_criteria, ipd_url, no_sap, unposted_responsible_party, flow_recruitment_details, flow_pre_assignment_details, flow_units_analyzed, baseline_population_description, baseline_units_analyzed, ae_frequency_threshold, ae_frequency_threshold_modifier, ae_frequency_threshold_raw, ae_time_frame, ae_description, ae_all_cause_mortality_comment, limitations_and_caveats, agreement_pi_sponsor_employee, agreement_restriction_type, agreement_restrictive, agreement_other_details, results_contact_title, results_contact_organization, results_contact_email, results_contact_phone, results_contact_phone_ext, version_holder, estimated_results_first_submitted, first_mcp_posted, first_mcp_posted_type, min_bmi, max_bmi, minimum_age_years, maximum_age_years, number_of_sites, has_single_site, has_us_site, number_of_primary_outcomes, number_of_secondary_outcomes, number_of_other_outcomes, months_to_report_results, actual_duration_months, registered_year, source_kind, source_uri, source_sha256, load_id, loaded_at order by version_number
        ) as island
    from numbered
)

select
    nct_id, title, last_updated, last_updated_raw, has_results, overall_status, phase, enrollment, study_type, start_date, start_date_raw, completion_date, completion_date_raw, allocation, intervention_model, primary_purpose, masking, minimum_age, maximum_age, sex, healthy_volunteers, lead_sponsor, brief_summary, detailed_description, eligibility_criteria, responsible_party, other_intervention_names, official_title, acronym, why_stopped, primary_completion_date, primary_completion_date_raw, study_first_posted, study_first_posted_raw, org_full_name, org_class, status_verified_date, status_verified_date_raw, last_known_status, delayed_posting, results_waived, has_expanded_access, expanded_access_nct_id, expanded_access_status, start_date_type, primary_completion_date_type, completion_date_type, study_first_submitted, study_first_submitted_qc, study_first_posted_type, results_first_submitted, results_first_submitted_qc, results_first_posted, results_first_posted_type, disposition_first_submitted, disposition_first_submitted_qc, disposition_first_posted, disposition_first_posted_type, last_update_submitted, last_updated_type, responsible_investigator, responsible_investigator_title, responsible_investigator_affiliation, responsible_party_old_name_title, responsible_party_old_organization, has_dmc, is_fda_regulated_drug, is_fda_regulated_device, is_unapproved_device, is_ppsd, is_us_export, fdaaa801_violation, expanded_access_references, expanded_access_individual, expanded_access_intermediate, expanded_access_treatment, patient_registry, target_duration, intervention_model_description, observational_model, time_perspective, masking_description, masked_participant, masked_care_provider, masked_investigator, masked_outcomes_assessor, biospec_retention, biospec_description, enrollment_type, study_population, sampling_method, gender_based, gender_description, ipd_sharing, ipd_description, ipd_time_frame, ipd_access_criteria, ipd_url, no_sap, unposted_responsible_party, flow_recruitment_details, flow_pre_assignment_details, flow_units_analyzed, baseline_population_description, baseline_units_analyzed, ae_frequency_threshold, ae_frequency_threshold_modifier, ae_frequency_threshold_raw, ae_time_frame, ae_description, ae_all_cause_mortality_comment, limitations_and_caveats, agreement_pi_sponsor_employee, agreement_restriction_type, agreement_restrictive, agreement_other_details, results_contact_title, results_contact_organization, results_contact_email, results_contact_phone, results_contact_phone_ext, version_holder, estimated_results_first_submitted, first_mcp_posted, first_mcp_posted_type, min_bmi, max_bmi, minimum_age_years, maximum_age_years, number_of_sites, has_single_site, has_us_site, number_of_primary_outcomes, number_of_secondary_outcomes, number_of_other_outcomes, months_to_report_results, actual_duration_months, registered_year, source_kind, source_uri, source_sha256, load_id, loaded_at,
    nullif(min(version_date), '-infinity'::date) as valid_from,
    nullif(max(next_date), 'infinity'::date) as valid_to
from islands
group by nct_id, title, last_updated, last_updated_raw, has_results, overall_status, phase, enrollment, study_type, start_date, start_date_raw, completion_date, completion_date_raw, allocation, intervention_model, primary_purpose, masking, minimum_age, maximum_age, sex, healthy_volunteers, lead_sponsor, brief_summary, detailed_description, eligibility_criteria, responsible_party, other_intervention_names, official_title, acronym, why_stopped, primary_completion_date, primary_completion_date_raw, study_first_posted, study_first_posted_raw, org_full_name, org_class, status_verified_date, status_verified_date_raw, last_known_status, delayed_posting, results_waived, has_expanded_access, expanded_access_nct_id, expanded_access_status, start_date_type, primary_completion_date_type, completion_date_type, study_first_submitted, study_first_submitted_qc, study_first_posted_type, results_first_submitted, results_first_submitted_qc, results_first_posted, results_first_posted_type, disposition_first_submitted, disposition_first_submitted_qc, disposition_first_posted, disposition_first_posted_type, last_update_submitted, last_updated_type, responsible_investigator, responsible_investigator_title, responsible_investigator_affiliation, responsible_party_old_name_title, responsible_party_old_organization, has_dmc, is_fda_regulated_drug, is_fda_regulated_device, is_unapproved_device, is_ppsd, is_us_export, fdaaa801_violation, expanded_access_references, expanded_access_individual, expanded_access_intermediate, expanded_access_treatment, patient_registry, target_duration, intervention_model_description, observational_model, time_perspective, masking_description, masked_participant, masked_care_provider, masked_investigator, masked_outcomes_assessor, biospec_retention, biospec_description, enrollment_type, study_population, sampling_method, gender_based, gender_description, ipd_sharing, ipd_description, ipd_time_frame, ipd_access_criteria, ipd_url, no_sap, unposted_responsible_party, flow_recruitment_details, flow_pre_assignment_details, flow_units_analyzed, baseline_population_description, baseline_units_analyzed, ae_frequency_threshold, ae_frequency_threshold_modifier, ae_frequency_threshold_raw, ae_time_frame, ae_description, ae_all_cause_mortality_comment, limitations_and_caveats, agreement_pi_sponsor_employee, agreement_restriction_type, agreement_restrictive, agreement_other_details, results_contact_title, results_contact_organization, results_contact_email, results_contact_phone, results_contact_phone_ext, version_holder, estimated_results_first_submitted, first_mcp_posted, first_mcp_posted_type, min_bmi, max_bmi, minimum_age_years, maximum_age_years, number_of_sites, has_single_site, has_us_site, number_of_primary_outcomes, number_of_secondary_outcomes, number_of_other_outcomes, months_to_report_results, actual_duration_months, registered_year, source_kind, source_uri, source_sha256, load_id, loaded_at, island;
