-- How many trials, and how many participants, per recruitment status and phase.
create or replace view trials_by_status_phase as
select
    coalesce(overall_status, 'UNKNOWN') as overall_status,
    coalesce(phase, 'NOT_GIVEN') as phase,
    count(*)::bigint as trials,
    coalesce(sum(enrollment), 0)::bigint as participants
from trials
group by all;
