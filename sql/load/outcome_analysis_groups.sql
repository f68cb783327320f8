-- Replace the outcome_analysis_groups rows of the trials this run replaces (new trials have none), then add the
-- rows of the records that won: staged_outcome_analysis_groups holds every contracted batch of the run, and
-- loaded_versions names the batch whose record of each trial is loaded (batch_file: the file read).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
delete from outcome_analysis_groups where nct_id in (select nct_id from replaced_trials);
insert into outcome_analysis_groups by name
select * exclude (batch_file)
from staged_outcome_analysis_groups as staged
semi join loaded_versions as loaded
    on loaded.nct_id = staged.nct_id and loaded.batch = parse_dirpath(staged.batch_file);
