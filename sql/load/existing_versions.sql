-- The version of each incoming trial already in the warehouse, and the run that loaded it.
select
    t.nct_id,
    t.last_updated,
    t.source_kind,
    t.source_uri,
    t.load_id
from trials as t
join incoming_versions using (nct_id);
