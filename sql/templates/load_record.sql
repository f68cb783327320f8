-- Replace the {{table}} rows of the trials this run replaces (new trials have none), then add the
-- rows of the current records: staged_{{table}} holds every contracted batch of the run, and
-- loaded_versions names the batch and the source of each trial's current record (batch_file: the
-- file read; {{source}}: the record a row comes from).
-- {{generated}}
delete from {{table}} where nct_id in (select nct_id from replaced_trials);
insert into {{table}} by name
select * exclude ({{exclude}})
from staged_{{table}} as staged
semi join loaded_versions as loaded
    on
        loaded.batch = parse_dirpath(staged.batch_file)
        and loaded.source_uri = staged.{{source}};
