-- Trials and participants per condition (conditions compared ignoring case).
select
    min(c.condition) as condition,
    count(distinct t.nct_id)::bigint as trials,
    coalesce(sum(t.enrollment), 0)::bigint as participants,
    median(t.enrollment)::double as median_enrollment,
    count(distinct t.nct_id) filter (where t.overall_status = 'RECRUITING')::bigint as recruiting_trials
from bi.conditions as c
join bi.trials as t on t.nct_id = c.nct_id
group by lower(c.condition)
order by participants desc, trials desc, condition;
