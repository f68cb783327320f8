-- The load of each trial the copy holds, and the versions its history holds (each version's Last
-- Updated date and load, in order): a backfill adds versions without changing the current load.
select
    t.nct_id,
    t.load_id,
    h.versions
from main.trials as t
left join (
    select
        nct_id,
        string_agg(coalesce(valid_from::text, '') || ':' || load_id, ',' order by valid_from nulls first) as versions
    from history.trials
    group by nct_id
) as h on t.nct_id = h.nct_id;
