-- Problems per run, stage, action and reason: where the input went wrong.
-- grain: one row per run, stage, action and reason
-- key: load_id, stage, action, reason
-- column occurrences: Problems recorded.
-- column files: Distinct source records they were found in.
-- inherits: quarantine
create or replace view bi.quarantine_summary as
select
    load_id,
    stage,
    action,
    reason,
    count(*)::bigint as occurrences,
    count(distinct source_uri)::bigint as files
from main.quarantine
group by all;
