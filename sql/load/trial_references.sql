-- Replace the trial_references rows of every trial in this batch with the batch's rows.
delete from trial_references where nct_id in (select nct_id from incoming_trials);
insert into trial_references by name select * from incoming_trial_references;
