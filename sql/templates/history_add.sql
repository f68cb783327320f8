-- The history of the {{table}} rows of the trials new to the warehouse that come with one version
-- (history_new: the batch and source of that record, and its Last Updated): its rows, held from
-- that date on.
-- {{generated}}
insert into history.{{table}} by name
select
    staged.* exclude ({{exclude}}),
    new.last_updated as valid_from,
    null::date as valid_to
from staged_{{table}} as staged
inner join history_new as new
    on
        new.batch = parse_dirpath(staged.batch_file)
        and new.source_uri = staged.{{source}};
