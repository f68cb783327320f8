-- For one run: records read, how many ended loaded (current or a past version, in history) or
-- quarantined, and the files they came from.
select
    count(*) as records_in,
    count(distinct m.file_uri) as files_read,
    count(*) filter (where m.outcome = 'loaded') as loaded,
    count(*) filter (where m.outcome = 'history') as historical,
    count(*) filter (where m.outcome in ('rejected', 'superseded')) as quarantined,
    (select count(*) from trials where load_id = $load_id) as trials_of_run,
    (
        select count(distinct source_uri) from quarantine
        where load_id = $load_id and action in ('rejected', 'superseded')
    ) as quarantined_sources
from file_manifest as m
where m.load_id = $load_id;
