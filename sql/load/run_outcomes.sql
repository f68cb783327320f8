-- Records this run read, by outcome.
select
    count(*) filter (where outcome = 'loaded') as records_loaded,
    count(*) filter (where outcome = 'history') as records_history,
    count(*) filter (where outcome in ('rejected', 'superseded')) as records_quarantined,
    (select count(*) from quarantine where load_id = $load_id) as issues_recorded,
    (select count(*) from quarantine where load_id = $load_id and action = 'skipped') as inputs_skipped,
    (select count(*) from trials) as trials_total
from file_manifest
where load_id = $load_id;
