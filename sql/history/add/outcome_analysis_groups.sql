-- The history of the outcome_analysis_groups rows of the trials whose only version is the one this run loads
-- (history_new: the batch and source of that record, and its Last Updated; a new trial, or one
-- whose one stored version a record of the same date replaces): its rows, held from that date on.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
delete from history.outcome_analysis_groups where nct_id in (select new.nct_id from history_new as new);
insert into history.outcome_analysis_groups by name
select
    staged.* exclude (batch_file, _source_uri),
    new.last_updated as valid_from,
    null::date as valid_to
from staged_outcome_analysis_groups as staged
inner join history_new as new
    on
        new.batch = parse_dirpath(staged.batch_file)
        and new.source_uri = staged._source_uri;
