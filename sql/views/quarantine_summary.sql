-- Problems per run, stage, action and reason: where the input went wrong.
create or replace view quarantine_summary as
select
    load_id,
    stage,
    action,
    reason,
    count(*)::bigint as occurrences,
    count(distinct source_uri)::bigint as files
from quarantine
group by all;
