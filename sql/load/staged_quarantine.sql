-- The quarantine rows the parse and contract steps staged for this run (read with the name (batch_file) of
-- the batch file each came from). A JSON field the parser does not know is staged once per batch
-- that met it; it is stored once for the run: its records counted over every batch, and the
-- first record that had it (batch files are named in batch order).
insert into quarantine by name
select * exclude (batch_file) from staged_quarantine
where not starts_with(reason, $unknown_field)
union all by name
select
    load_id,
    stage,
    reason,
    detail,
    field,
    action,
    arg_min(source_uri, batch_file) as source_uri,
    arg_min(nct_id, batch_file) as nct_id,
    min(recorded_at) as recorded_at,
    sum(occurrences)::bigint as occurrences
from staged_quarantine
where starts_with(reason, $unknown_field)
group by load_id, stage, reason, detail, field, action;
