-- A sponsor's portfolio: trials led and collaborated on, by phase and status.
-- param sponsor: only sponsors whose name contains this text, ignoring case (default: every sponsor)
select
    s.name as sponsor,
    s.role,
    coalesce(t.phase, 'NOT_GIVEN') as phase,
    coalesce(t.overall_status, 'UNKNOWN') as overall_status,
    count(distinct t.nct_id)::bigint as trials,
    coalesce(sum(t.enrollment), 0)::bigint as participants
from bi.sponsors as s
join bi.trials as t on t.nct_id = s.nct_id
where $sponsor is null or contains(lower(s.name), lower($sponsor))
group by all
order by sponsor, s.role desc, trials desc, phase, overall_status;
