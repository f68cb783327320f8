-- Replace the trials rows of every trial in this batch with the batch's rows.
delete from trials where nct_id in (select nct_id from incoming_trials);
insert into trials by name select * from incoming_trials;
