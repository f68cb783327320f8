-- The current removed_countries rows of the trials the history does not hold yet (history_unseeded: a
-- warehouse published before history was kept), as each trial's first known version: held from
-- its Last Updated on.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
insert into history.removed_countries by name
select
    rows.*,
    seeded.last_updated as valid_from,
    null::date as valid_to
from main.removed_countries as rows
inner join history_unseeded as seeded on rows.nct_id = seeded.nct_id;
