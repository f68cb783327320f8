-- AACT's studies: one row per trial, its dates, status, design facts and flags, as AACT stores them.
-- grain: one row per trial
-- key: nct_id
-- column nct_id: AACT: the trial's NCT ID, the key every ctgov table joins on. Here: trials.nct_id.
-- column nlm_download_date_description: AACT: the download date NLM's XML once carried; NULL in AACT since the API v2 load. Here: always NULL.
-- column study_first_submitted_date: AACT: date the sponsor first submitted the record. Here: trials.study_first_submitted.
-- column results_first_submitted_date: AACT: date results were first submitted. Here: trials.results_first_submitted.
-- column disposition_first_submitted_date: AACT: date a certification or extension request (disposition) was first submitted. Here: trials.disposition_first_submitted.
-- column last_update_submitted_date: AACT: date the last update was submitted. Here: trials.last_update_submitted.
-- column study_first_submitted_qc_date: AACT: date the first submission met QC criteria. Here: trials.study_first_submitted_qc.
-- column study_first_posted_date: AACT: date the record was first posted. Here: trials.study_first_posted.
-- column study_first_posted_date_type: AACT: ACTUAL or ESTIMATED, as the API codes it. Here: trials.study_first_posted_type.
-- column results_first_submitted_qc_date: AACT: date the first results submission met QC criteria. Here: trials.results_first_submitted_qc.
-- column results_first_posted_date: AACT: date results were first posted. Here: trials.results_first_posted.
-- column results_first_posted_date_type: AACT: ACTUAL or ESTIMATED. Here: trials.results_first_posted_type.
-- column disposition_first_submitted_qc_date: AACT: date the disposition first met QC criteria. Here: trials.disposition_first_submitted_qc.
-- column disposition_first_posted_date: AACT: date the disposition was first posted. Here: trials.disposition_first_posted.
-- column disposition_first_posted_date_type: AACT: ACTUAL or ESTIMATED. Here: trials.disposition_first_posted_type.
-- column last_update_submitted_qc_date: AACT: meant as the date the last update met QC criteria; AACT's importer fills it from lastUpdateSubmitDate, so it equals last_update_submitted_date. Here: the same, trials.last_update_submitted.
-- column last_update_posted_date: AACT: date the last update was posted. Here: trials.last_updated.
-- column last_update_posted_date_type: AACT: ACTUAL or ESTIMATED. Here: trials.last_updated_type.
-- column start_month_year: AACT: the start date as the record gives it (2014-10 or 2014-10-15). Here: trials.start_date_raw.
-- column start_date_type: AACT: ACTUAL or ESTIMATED. Here: trials.start_date_type.
-- column start_date: AACT: the start date as a date; a month-only date is the last day of its month, a year-only date 31 December. Here: from trials.start_date_raw by that rule (trials.start_date takes the first day).
-- column verification_month_year: AACT: the date the record was last verified, as the record gives it (2017-05). Here: trials.status_verified_date_raw.
-- column verification_date: AACT: the verification date as a date, a month-only date the last day of its month. Here: from trials.status_verified_date_raw by that rule.
-- column completion_month_year: AACT: the completion date as the record gives it. Here: trials.completion_date_raw.
-- column completion_date_type: AACT: ACTUAL or ESTIMATED. Here: trials.completion_date_type.
-- column completion_date: AACT: the completion date as a date, a month-only date the last day of its month. Here: from trials.completion_date_raw by that rule.
-- column primary_completion_month_year: AACT: the primary completion date as the record gives it. Here: trials.primary_completion_date_raw.
-- column primary_completion_date_type: AACT: ACTUAL or ESTIMATED. Here: trials.primary_completion_date_type.
-- column primary_completion_date: AACT: the primary completion date as a date, a month-only date the last day of its month. Here: from trials.primary_completion_date_raw by that rule.
-- column target_duration: AACT: for a patient registry, how long participants are followed (12 Months). Here: trials.target_duration, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column study_type: AACT: INTERVENTIONAL, OBSERVATIONAL or EXPANDED_ACCESS, the API's code. Here: trials.study_type.
-- column acronym: AACT: the trial's acronym. Here: trials.acronym, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column baseline_population: AACT: the baseline population's description. Here: trials.baseline_population_description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column brief_title: AACT: the brief title. Here: trials.title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column official_title: AACT: the official title. Here: trials.official_title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column overall_status: AACT: the recruitment status, the API's code (COMPLETED, RECRUITING ...). Here: trials.overall_status.
-- column last_known_status: AACT: the last status known before the record went unverified (UNKNOWN status). Here: trials.last_known_status.
-- column phase: AACT: the phase codes joined with / (PHASE1/PHASE2), NA when not applicable. Here: trials.phase.
-- column enrollment: AACT: the number of participants, actual or anticipated. Here: trials.enrollment.
-- column enrollment_type: AACT: ACTUAL or ESTIMATED. Here: trials.enrollment_type.
-- column source: AACT: the organisation that submitted the record. Here: trials.org_full_name, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column limitations_and_caveats: AACT: limitations and caveats of the results. Here: trials.limitations_and_caveats, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column number_of_arms: AACT: for an interventional trial, how many arms it lists; NULL for other trials. Here: rows of arms (NULL when none).
-- column number_of_groups: AACT: for an observational or expanded-access record, how many groups or cohorts it lists; NULL for interventional trials. Here: rows of arms (NULL when none).
-- column why_stopped: AACT: why the trial stopped early. Here: trials.why_stopped, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column has_expanded_access: AACT: true when expanded access is available. Here: trials.has_expanded_access.
-- column expanded_access_type_individual: AACT: expanded access for individual patients. Here: trials.expanded_access_individual.
-- column expanded_access_type_intermediate: AACT: expanded access for intermediate-size populations. Here: trials.expanded_access_intermediate.
-- column expanded_access_type_treatment: AACT: expanded access under a treatment IND or protocol. Here: trials.expanded_access_treatment.
-- column has_dmc: AACT: true when a data monitoring committee is appointed. Here: trials.has_dmc.
-- column is_fda_regulated_drug: AACT: studies a drug the US FDA regulates. Here: trials.is_fda_regulated_drug.
-- column is_fda_regulated_device: AACT: studies a device the US FDA regulates. Here: trials.is_fda_regulated_device.
-- column is_unapproved_device: AACT: the device is not approved or cleared. Here: trials.is_unapproved_device.
-- column is_ppsd: AACT: a pediatric postmarket surveillance of a device. Here: trials.is_ppsd.
-- column is_us_export: AACT: the product is made in and exported from the US. Here: trials.is_us_export.
-- column biospec_retention: AACT: whether biospecimens are kept, the API's code (SAMPLES_WITH_DNA ...). Here: trials.biospec_retention.
-- column biospec_description: AACT: what biospecimens are kept. Here: trials.biospec_description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column ipd_time_frame: AACT: when individual participant data will be shared. Here: trials.ipd_time_frame, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column ipd_access_criteria: AACT: who may get the shared data and how. Here: trials.ipd_access_criteria, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column ipd_url: AACT: where the shared data are. Here: trials.ipd_url, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column plan_to_share_ipd: AACT: YES, NO or UNDECIDED. Here: trials.ipd_sharing.
-- column plan_to_share_ipd_description: AACT: the plan to share individual participant data. Here: trials.ipd_description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column created_at: AACT: when AACT loaded the row. Here: when this warehouse loaded the trial (trials.loaded_at).
-- column updated_at: AACT: when AACT last changed the row. Here: when this warehouse loaded the trial (trials.loaded_at).
-- column source_class: AACT: the submitting organisation's class (INDUSTRY, NIH, OTHER ...). Here: trials.org_class.
-- column delayed_posting: AACT: true when posting is delayed for an unapproved device. Here: trials.delayed_posting.
-- column expanded_access_nctid: AACT: the NCT ID of the expanded-access record for this trial's product. Here: trials.expanded_access_nct_id.
-- column expanded_access_status_for_nctid: AACT: that record's status (AVAILABLE ...). Here: trials.expanded_access_status.
-- column fdaaa801_violation: AACT: true when the FDA found an FDAAA 801 violation. Here: trials.fdaaa801_violation.
-- column baseline_type_units_analyzed: AACT: what the baseline analysed when not participants (eyes ...). Here: trials.baseline_units_analyzed, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column patient_registry: AACT: true when the observational study is a patient registry. Here: trials.patient_registry.
create or replace view ctgov.studies as
select
    t.nct_id,
    null::varchar as nlm_download_date_description,
    t.study_first_submitted as study_first_submitted_date,
    t.results_first_submitted as results_first_submitted_date,
    t.disposition_first_submitted as disposition_first_submitted_date,
    t.last_update_submitted as last_update_submitted_date,
    t.study_first_submitted_qc as study_first_submitted_qc_date,
    case length(t.study_first_posted_raw) when 4 then make_date(year(t.study_first_posted), 12, 31) when 7 then last_day(t.study_first_posted) else t.study_first_posted end as study_first_posted_date,
    t.study_first_posted_type as study_first_posted_date_type,
    t.results_first_submitted_qc as results_first_submitted_qc_date,
    t.results_first_posted as results_first_posted_date,
    t.results_first_posted_type as results_first_posted_date_type,
    t.disposition_first_submitted_qc as disposition_first_submitted_qc_date,
    t.disposition_first_posted as disposition_first_posted_date,
    t.disposition_first_posted_type as disposition_first_posted_date_type,
    t.last_update_submitted as last_update_submitted_qc_date,
    case length(t.last_updated_raw) when 4 then make_date(year(t.last_updated), 12, 31) when 7 then last_day(t.last_updated) else t.last_updated end as last_update_posted_date,
    t.last_updated_type as last_update_posted_date_type,
    t.start_date_raw as start_month_year,
    t.start_date_type,
    case length(t.start_date_raw) when 4 then make_date(year(t.start_date), 12, 31) when 7 then last_day(t.start_date) else t.start_date end as start_date,
    t.status_verified_date_raw as verification_month_year,
    case length(t.status_verified_date_raw) when 4 then make_date(year(t.status_verified_date), 12, 31) when 7 then last_day(t.status_verified_date) else t.status_verified_date end as verification_date,
    t.completion_date_raw as completion_month_year,
    t.completion_date_type,
    case length(t.completion_date_raw) when 4 then make_date(year(t.completion_date), 12, 31) when 7 then last_day(t.completion_date) else t.completion_date end as completion_date,
    t.primary_completion_date_raw as primary_completion_month_year,
    t.primary_completion_date_type,
    case length(t.primary_completion_date_raw) when 4 then make_date(year(t.primary_completion_date), 12, 31) when 7 then last_day(t.primary_completion_date) else t.primary_completion_date end as primary_completion_date,
    coalesce(w_t.target_duration, t.target_duration) as target_duration,
    t.study_type,
    coalesce(w_t.acronym, t.acronym) as acronym,
    coalesce(w_t.baseline_population_description, t.baseline_population_description) as baseline_population,
    coalesce(w_t.title, t.title) as brief_title,
    coalesce(w_t.official_title, t.official_title) as official_title,
    t.overall_status,
    t.last_known_status,
    t.phase,
    t.enrollment::bigint as enrollment,
    t.enrollment_type,
    coalesce(w_t.org_full_name, t.org_full_name) as source,
    coalesce(w_t.limitations_and_caveats, t.limitations_and_caveats) as limitations_and_caveats,
    case when regexp_matches(t.study_type, '(?i)interventional') then nullif(coalesce(a.arms, 0), 0) end as number_of_arms,
    case when not regexp_matches(coalesce(t.study_type, ''), '(?i)interventional') then nullif(coalesce(a.arms, 0), 0) end as number_of_groups,
    coalesce(w_t.why_stopped, t.why_stopped) as why_stopped,
    t.has_expanded_access,
    t.expanded_access_individual as expanded_access_type_individual,
    t.expanded_access_intermediate as expanded_access_type_intermediate,
    t.expanded_access_treatment as expanded_access_type_treatment,
    t.has_dmc,
    t.is_fda_regulated_drug,
    t.is_fda_regulated_device,
    t.is_unapproved_device,
    t.is_ppsd,
    t.is_us_export,
    t.biospec_retention,
    coalesce(w_t.biospec_description, t.biospec_description) as biospec_description,
    coalesce(w_t.ipd_time_frame, t.ipd_time_frame) as ipd_time_frame,
    coalesce(w_t.ipd_access_criteria, t.ipd_access_criteria) as ipd_access_criteria,
    coalesce(w_t.ipd_url, t.ipd_url) as ipd_url,
    t.ipd_sharing as plan_to_share_ipd,
    coalesce(w_t.ipd_description, t.ipd_description) as plan_to_share_ipd_description,
    t.loaded_at as created_at,
    t.loaded_at as updated_at,
    t.org_class as source_class,
    t.delayed_posting,
    t.expanded_access_nct_id as expanded_access_nctid,
    t.expanded_access_status as expanded_access_status_for_nctid,
    t.fdaaa801_violation,
    coalesce(w_t.baseline_units_analyzed, t.baseline_units_analyzed) as baseline_type_units_analyzed,
    t.patient_registry
from main.trials as t
left join (select nct_id, count(*) as arms from main.arms group by nct_id) as a on a.nct_id = t.nct_id
left join (
    select
        nct_id,
        max(written) filter (where column_name = 'title') as title,
        max(written) filter (where column_name = 'official_title') as official_title,
        max(written) filter (where column_name = 'acronym') as acronym,
        max(written) filter (where column_name = 'org_full_name') as org_full_name,
        max(written) filter (where column_name = 'why_stopped') as why_stopped,
        max(written) filter (where column_name = 'baseline_population_description') as baseline_population_description,
        max(written) filter (where column_name = 'limitations_and_caveats') as limitations_and_caveats,
        max(written) filter (where column_name = 'target_duration') as target_duration,
        max(written) filter (where column_name = 'biospec_description') as biospec_description,
        max(written) filter (where column_name = 'ipd_time_frame') as ipd_time_frame,
        max(written) filter (where column_name = 'ipd_access_criteria') as ipd_access_criteria,
        max(written) filter (where column_name = 'ipd_url') as ipd_url,
        max(written) filter (where column_name = 'ipd_description') as ipd_description,
        max(written) filter (where column_name = 'baseline_units_analyzed') as baseline_units_analyzed
    from main.text_as_written
    where table_name = 'trials'
    group by nct_id
) as w_t on w_t.nct_id = t.nct_id;
