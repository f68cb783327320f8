-- Replace the related_trials rows of the trials this batch replaces (new trials have none), then add the batch's rows.
delete from related_trials where nct_id in (select nct_id from replaced_trials);
insert into related_trials by name select * from incoming_related_trials;
