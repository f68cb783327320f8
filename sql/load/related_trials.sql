-- Replace the related_trials rows of every trial in this batch with the batch's rows.
delete from related_trials where nct_id in (select nct_id from incoming_trials);
insert into related_trials by name select * from incoming_related_trials;
