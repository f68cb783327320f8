-- The version of each incoming trial already in the warehouse, and the run that loaded its file.
select
    t.nct_id,
    t.last_updated,
    t.source_uri,
    m.load_id as file_load_id
from trials as t
join incoming_trials as i using (nct_id)
left join file_manifest as m on m.source_uri = t.source_uri;
