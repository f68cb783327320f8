-- Replace the arms rows of every trial in this batch with the batch's rows.
delete from arms where nct_id in (select nct_id from incoming_trials);
insert into arms by name select * from incoming_arms;
