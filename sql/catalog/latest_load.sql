-- The warehouse's newest published load: the manifest of an export names it.
select load_id, finished_at
from main.load_runs
order by finished_at desc, load_id desc
limit 1;
