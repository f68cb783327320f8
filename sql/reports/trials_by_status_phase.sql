-- Trials and participants by recruitment status and phase.
select
    coalesce(overall_status, 'UNKNOWN') as overall_status,
    coalesce(phase, 'NOT_GIVEN') as phase,
    count(*)::bigint as trials,
    coalesce(sum(enrollment), 0)::bigint as participants
from bi.trials
group by all
order by trials desc, overall_status, phase;
