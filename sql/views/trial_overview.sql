-- Headline facts of each trial, with how many sites, countries, arms, conditions and references it has, and the values derived from it (ages in years, outcome counts, months to report results ...).
-- grain: one row per trial
-- key: nct_id
-- column site_count: Sites the trial lists.
-- column country_count: Countries the trial has sites in.
-- column arm_count: Arms or cohorts of the trial.
-- column condition_count: Conditions the trial studies.
-- column reference_count: Publications the trial cites.
-- inherits: trials
create or replace view bi.trial_overview as
select
    t.nct_id,
    t.title,
    t.acronym,
    t.overall_status,
    t.phase,
    t.study_type,
    t.enrollment::bigint as enrollment,
    t.enrollment_type,
    t.start_date,
    t.start_date_type,
    t.primary_completion_date,
    t.primary_completion_date_type,
    t.completion_date,
    t.completion_date_type,
    t.study_first_submitted,
    t.results_first_submitted,
    t.lead_sponsor,
    t.org_class,
    t.is_fda_regulated_drug,
    t.is_fda_regulated_device,
    t.has_results,
    t.last_updated,
    t.source_kind,
    t.minimum_age_years,
    t.maximum_age_years,
    t.number_of_sites::bigint as number_of_sites,
    t.has_single_site,
    t.has_us_site,
    t.number_of_primary_outcomes::bigint as number_of_primary_outcomes,
    t.number_of_secondary_outcomes::bigint as number_of_secondary_outcomes,
    t.number_of_other_outcomes::bigint as number_of_other_outcomes,
    t.months_to_report_results::bigint as months_to_report_results,
    t.actual_duration_months::bigint as actual_duration_months,
    t.registered_year::bigint as registered_year,
    coalesce(s.site_count, 0)::bigint as site_count,
    coalesce(c.country_count, 0)::bigint as country_count,
    coalesce(a.arm_count, 0)::bigint as arm_count,
    coalesce(d.condition_count, 0)::bigint as condition_count,
    coalesce(r.reference_count, 0)::bigint as reference_count
from main.trials as t
left join (select nct_id, count(*) as site_count from main.sites group by nct_id) as s on s.nct_id = t.nct_id
left join (select nct_id, count(*) as country_count from main.countries group by nct_id) as c on c.nct_id = t.nct_id
left join (select nct_id, count(*) as arm_count from main.arms group by nct_id) as a on a.nct_id = t.nct_id
left join (select nct_id, count(*) as condition_count from main.conditions group by nct_id) as d on d.nct_id = t.nct_id
left join (select nct_id, count(*) as reference_count from main.trial_references group by nct_id) as r on r.nct_id = t.nct_id;
