-- Replace the trials rows of the trials this batch replaces (new trials have none), then add the batch's rows.
delete from trials where nct_id in (select nct_id from replaced_trials);
insert into trials by name select * from incoming_trials;
