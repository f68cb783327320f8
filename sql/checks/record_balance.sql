-- For one run: files parsed, and how many of them ended loaded or quarantined.
select
    count(*) as files_parsed,
    count(*) filter (where m.outcome = 'loaded') as loaded,
    count(*) filter (where m.outcome in ('rejected', 'superseded')) as quarantined,
    (select count(*) from trials where load_id = $load_id) as trials_of_run,
    (
        select count(distinct source_uri) from quarantine
        where load_id = $load_id and action in ('rejected', 'superseded')
    ) as quarantined_sources
from file_manifest as m
where m.load_id = $load_id;
