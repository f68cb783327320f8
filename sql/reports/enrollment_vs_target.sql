-- Enrollment anticipated against actual, by the lead sponsor's class: for each trial that now reports its actual enrollment and whose history holds an anticipated (estimated) one, the first anticipated target against the actual count.
select
    coalesce(s.agency_class, 'UNKNOWN') as sponsor_class,
    count(*)::bigint as trials,
    sum(target.anticipated)::bigint as anticipated_participants,
    sum(t.enrollment)::bigint as actual_participants,
    round(sum(t.enrollment) / nullif(sum(target.anticipated), 0), 3) as actual_over_anticipated,
    round(median(t.enrollment / nullif(target.anticipated, 0)), 3) as median_trial_ratio,
    count(*) filter (where t.enrollment < target.anticipated)::bigint as trials_below_target,
    round(100.0 * count(*) filter (where t.enrollment < target.anticipated) / count(*), 1) as pct_below_target
from bi.trials as t
inner join (
    select
        nct_id,
        first(enrollment order by version_number) as anticipated
    from bi.trial_versions
    where enrollment_type in ('ESTIMATED', 'ANTICIPATED') and enrollment is not null
    group by nct_id
) as target on t.nct_id = target.nct_id
left join bi.sponsors as s on t.nct_id = s.nct_id and s.role = 'lead'
where t.enrollment_type = 'ACTUAL' and t.enrollment is not null
group by all
order by trials desc, sponsor_class;
