-- The trials a PostgreSQL copy must be sent again: those whose load or versions differ between
-- the file and the copy (published_versions: its main.trials' nct_id and load_id, and its history's
-- versions of each), or that one side lacks. A load replaces a trial's current rows whole and
-- rebuilds its history whole, so a trial with the same load and versions on both sides is the same.
with here as (
    select
        t.nct_id,
        t.load_id,
        h.versions
    from main.trials as t
    left join (
        select
            nct_id,
            string_agg(coalesce(valid_from::varchar, '') || ':' || load_id, ',' order by valid_from asc nulls first) as versions
        from history.trials
        group by nct_id
    ) as h on t.nct_id = h.nct_id
)

select coalesce(here.nct_id, there.nct_id) as nct_id
from here
full outer join published_versions as there on here.nct_id = there.nct_id
where here.load_id is distinct from there.load_id or here.versions is distinct from there.versions
order by nct_id;
