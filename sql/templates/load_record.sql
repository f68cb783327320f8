-- Replace the {{table}} rows of the trials this run replaces (new trials have none), then add the
-- rows of the records that won: staged_{{table}} holds every contracted batch of the run, and
-- loaded_versions names the batch whose record of each trial is loaded (batch_file: the file read).
-- {{generated}}
delete from {{table}} where nct_id in (select nct_id from replaced_trials);
insert into {{table}} by name
select * exclude (batch_file)
from staged_{{table}} as staged
semi join loaded_versions as loaded
    on loaded.nct_id = staged.nct_id and loaded.batch = parse_dirpath(staged.batch_file);
