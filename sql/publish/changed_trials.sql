-- The trials a PostgreSQL copy must be sent again: those whose load differs between the file's
-- trials and the copy's (published_versions: its main.trials' nct_id and load_id), or that one
-- side lacks. A load replaces a trial whole, so a trial with the same load on both sides is the same.
select coalesce(here.nct_id, there.nct_id) as nct_id
from main.trials as here
full outer join published_versions as there on here.nct_id = there.nct_id
where here.load_id is distinct from there.load_id
order by 1;
