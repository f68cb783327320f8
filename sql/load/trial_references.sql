-- Replace the trial_references rows of the trials this batch replaces (new trials have none), then add the batch's rows.
delete from trial_references where nct_id in (select nct_id from replaced_trials);
insert into trial_references by name select * from incoming_trial_references;
