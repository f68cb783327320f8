-- Replace the text_as_written rows of the trials this run replaces (new trials have none), then add the
-- rows of the records that won: staged_text_as_written holds every contracted batch of the run, and
-- loaded_versions names the batch whose record of each trial is loaded (batch_file: the file read).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
delete from text_as_written where nct_id in (select nct_id from replaced_trials);
insert into text_as_written by name
select * exclude (batch_file)
from staged_text_as_written as staged
semi join loaded_versions as loaded
    on loaded.nct_id = staged.nct_id and loaded.batch = parse_dirpath(staged.batch_file);
