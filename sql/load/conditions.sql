-- Replace the conditions rows of the trials this run replaces (new trials have none), then add the
-- rows of the current records: staged_conditions holds every contracted batch of the run, and
-- loaded_versions names the batch and the source of each trial's current record (batch_file: the
-- file read; _source_uri: the record a row comes from).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
delete from conditions where nct_id in (select nct_id from replaced_trials);
insert into conditions by name
select * exclude (batch_file, _source_uri)
from staged_conditions as staged
semi join loaded_versions as loaded
    on
        loaded.batch = parse_dirpath(staged.batch_file)
        and loaded.source_uri = staged._source_uri;
