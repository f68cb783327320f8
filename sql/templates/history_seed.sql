-- The current {{table}} rows of the trials the history does not hold yet (history_unseeded: a
-- warehouse published before history was kept), as each trial's first known version: held from
-- its Last Updated on.
-- {{generated}}
insert into history.{{table}} by name
select
    rows.*,
    seeded.last_updated as valid_from,
    null::date as valid_to
from main.{{table}} as rows
inner join history_unseeded as seeded on rows.nct_id = seeded.nct_id;
