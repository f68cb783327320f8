-- Problems per run, stage, action and reason: where the input went wrong.
-- grain: one row per run, stage, action and reason
-- key: load_id, stage, action, reason
-- column occurrences: Records with the problem (a JSON field the parser does not know counts every record that had it).
-- column files: Distinct source records the rows name.
-- inherits: quarantine
create or replace view bi.quarantine_summary as
select
    load_id,
    stage,
    action,
    reason,
    sum(occurrences)::bigint as occurrences,
    count(distinct source_uri)::bigint as files
from main.quarantine
group by all;
