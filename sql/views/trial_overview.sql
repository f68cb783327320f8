-- One row per trial with its headline facts and how many sites, countries, arms and references it has.
create or replace view trial_overview as
select
    t.nct_id,
    t.title,
    t.overall_status,
    t.phase,
    t.study_type,
    t.enrollment,
    t.start_date,
    t.completion_date,
    t.lead_sponsor,
    t.has_results,
    t.last_updated,
    coalesce(s.site_count, 0)::bigint as site_count,
    coalesce(c.country_count, 0)::bigint as country_count,
    coalesce(a.arm_count, 0)::bigint as arm_count,
    coalesce(r.reference_count, 0)::bigint as reference_count
from trials as t
left join (select nct_id, count(*) as site_count from sites group by nct_id) as s using (nct_id)
left join (select nct_id, count(*) as country_count from countries group by nct_id) as c using (nct_id)
left join (select nct_id, count(*) as arm_count from arms group by nct_id) as a using (nct_id)
left join (select nct_id, count(*) as reference_count from trial_references group by nct_id) as r using (nct_id);
