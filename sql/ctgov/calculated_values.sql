-- AACT's calculated_values: the values AACT computes for each trial (site counts, months to report, ages as numbers ...), by AACT's rules.
-- grain: one row per trial
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number (NCT00012345 is 12345), one row per trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column number_of_facilities: AACT: how many facilities the trial lists, 0 when none. Here: trials.number_of_sites.
-- column number_of_nsae_subjects: AACT: the sum of subjects_affected over the trial's other (non-serious) reported events; NULL when it has none. Here: adverse_event_stats.
-- column number_of_sae_subjects: AACT: the sum of subjects_affected over the trial's serious reported events; NULL when it has none. Here: adverse_event_stats.
-- column registered_in_calendar_year: AACT: the year the trial was first submitted. Here: from trials.study_first_submitted.
-- column nlm_download_date: AACT: the date NLM made the record available; NULL since AACT loads API v2. Here: always NULL.
-- column actual_duration: AACT: whole months (days / 30, truncated) from start_date to primary_completion_date, NULL when either is missing or ESTIMATED. Here: computed the same way from studies' dates.
-- column were_results_reported: AACT: true when the trial has posted outcome results (rows in outcomes). Here: result_measures.
-- column months_to_report_results: AACT: whole months (days / 30, truncated) from primary_completion_date to results_first_submitted_date. Here: computed the same way from studies' dates.
-- column has_us_facility: AACT: true when a facility is in the United States or a US territory; NULL when the trial lists no facility. Here: trials.has_us_site.
-- column has_single_facility: AACT: true when the trial lists exactly one facility; NULL when none. Here: trials.number_of_sites.
-- column minimum_age_num: AACT: the number of the minimum age (18 of 18 Years). Here: from trials.minimum_age.
-- column maximum_age_num: AACT: the number of the maximum age. Here: from trials.maximum_age.
-- column minimum_age_unit: AACT: the unit of the minimum age, lower case and singular (year). Here: from trials.minimum_age.
-- column maximum_age_unit: AACT: the unit of the maximum age, lower case and singular. Here: from trials.maximum_age.
-- column number_of_primary_outcomes_to_measure: AACT: how many primary outcomes the protocol lists; NULL when none. Here: outcomes.
-- column number_of_secondary_outcomes_to_measure: AACT: how many secondary outcomes the protocol lists; NULL when none. Here: outcomes.
-- column number_of_other_outcomes_to_measure: AACT: how many other outcomes the protocol lists; NULL when none. Here: outcomes.
create or replace view ctgov.calculated_values as
select
    substr(t.nct_id, 4)::bigint as id,
    t.nct_id,
    t.number_of_sites::bigint as number_of_facilities,
    e.other_affected as number_of_nsae_subjects,
    e.serious_affected as number_of_sae_subjects,
    year(t.study_first_submitted)::bigint as registered_in_calendar_year,
    null::date as nlm_download_date,
    case when coalesce(t.start_date_type, '') != 'ESTIMATED' and coalesce(t.primary_completion_date_type, '') != 'ESTIMATED' then trunc((case length(t.primary_completion_date_raw) when 4 then make_date(year(t.primary_completion_date), 12, 31) when 7 then last_day(t.primary_completion_date) else t.primary_completion_date end - case length(t.start_date_raw) when 4 then make_date(year(t.start_date), 12, 31) when 7 then last_day(t.start_date) else t.start_date end) / 30)::bigint end as actual_duration,
    exists(select 1 from main.result_measures as m where m.nct_id = t.nct_id and m.result_type = 'outcome') as were_results_reported,
    trunc((t.results_first_submitted - case length(t.primary_completion_date_raw) when 4 then make_date(year(t.primary_completion_date), 12, 31) when 7 then last_day(t.primary_completion_date) else t.primary_completion_date end) / 30)::bigint as months_to_report_results,
    case when t.number_of_sites > 0 then t.has_us_site end as has_us_facility,
    case when t.number_of_sites > 0 then t.number_of_sites = 1 end as has_single_facility,
    try_cast(split_part(t.minimum_age, ' ', 1) as bigint) as minimum_age_num,
    try_cast(split_part(t.maximum_age, ' ', 1) as bigint) as maximum_age_num,
    regexp_replace(lower(split_part(t.minimum_age, ' ', -1)), 's$', '') as minimum_age_unit,
    regexp_replace(lower(split_part(t.maximum_age, ' ', -1)), 's$', '') as maximum_age_unit,
    o.primary_outcomes as number_of_primary_outcomes_to_measure,
    o.secondary_outcomes as number_of_secondary_outcomes_to_measure,
    o.other_outcomes as number_of_other_outcomes_to_measure
from main.trials as t
left join (
    select
        nct_id,
        nullif(count(*) filter (where outcome_type = 'PRIMARY'), 0) as primary_outcomes,
        nullif(count(*) filter (where outcome_type = 'SECONDARY'), 0) as secondary_outcomes,
        nullif(count(*) filter (where outcome_type = 'OTHER'), 0) as other_outcomes
    from main.outcomes
    group by nct_id
) as o on o.nct_id = t.nct_id
left join (
    select
        e.nct_id,
        (sum(s.num_affected) filter (where e.event_type = 'serious'))::bigint as serious_affected,
        (sum(s.num_affected) filter (where e.event_type = 'other'))::bigint as other_affected
    from main.adverse_events as e
    inner join main.adverse_event_stats as s on s.nct_id = e.nct_id and s.event_ordinal = e.ordinal
    group by e.nct_id
) as e on e.nct_id = t.nct_id;
