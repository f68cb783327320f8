-- Every version of every trial the warehouse knows, from the history: when the registry last updated it (valid_from), until the next version (valid_to, NULL for the current one), the fields people track, and the record and run it came from.
-- grain: one row per version of a trial (per Last Updated date)
-- key: nct_id, valid_from
-- column valid_from: The version's Last Updated date: from when the registry gave the trial so (NULL for an undated record, before every dated version).
-- column valid_to: The next version's Last Updated date; NULL for the trial's current version.
-- column version_number: The version's place among the trial's versions the warehouse knows, 1 for the first (a version loaded later, out of order, renumbers those after it).
-- column is_current: True for the version the current tables hold.
-- inherits: trials
create or replace view bi.trial_versions as
select
    nct_id,
    valid_from,
    valid_to,
    row_number() over (partition by nct_id order by valid_from asc nulls first) as version_number,
    valid_to is null as is_current,
    overall_status,
    why_stopped,
    phase,
    enrollment::bigint as enrollment,
    enrollment_type,
    start_date,
    start_date_type,
    primary_completion_date,
    primary_completion_date_type,
    completion_date,
    completion_date_type,
    lead_sponsor,
    source_kind,
    source_uri,
    load_id,
    loaded_at
from history.trials;
