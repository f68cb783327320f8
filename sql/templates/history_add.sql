-- The history of the {{table}} rows of the trials whose only version is the one this run loads
-- (history_new: the batch and source of that record, and its Last Updated; a new trial, or one
-- whose one stored version a record of the same date replaces): its rows, held from that date on.
-- {{generated}}
delete from history.{{table}} where nct_id in (select new.nct_id from history_new as new);
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
