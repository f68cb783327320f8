-- The bridge table of phases: one row per phase of a trial, for a trial in several phases (PHASE1/PHASE2 is two rows).
-- grain: one row per phase of a trial
-- key: nct_id, phase
-- column phase: One phase of the trial (EARLY_PHASE1, PHASE1 ... PHASE4, or NA when phases do not apply).
-- column phase_count: How many phases the trial has: 1, or 2 for a combined phase such as PHASE1/PHASE2.
-- inherits: trials
create or replace view bi.trial_phases as
select
    nct_id,
    phase,
    count(*) over (partition by nct_id)::bigint as phase_count
from (
    select nct_id, unnest(string_split(phase, '/')) as phase
    from main.trials
    where phase is not null
) as split;
