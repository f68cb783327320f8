-- Replace the investigators rows of every trial in this batch with the batch's rows.
delete from investigators where nct_id in (select nct_id from incoming_trials);
insert into investigators by name select * from incoming_investigators;
