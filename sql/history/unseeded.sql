-- The trials the warehouse holds whose history is not kept yet (a warehouse published before
-- history was kept), with their Last Updated: each table's seed (sql/history/seed) adds their
-- current rows as their first version.
create or replace temp table history_unseeded as
select
    t.nct_id,
    t.last_updated
from main.trials as t
anti join history.trials as h on t.nct_id = h.nct_id;
