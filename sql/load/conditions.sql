-- Replace the conditions rows of every trial in this batch with the batch's rows.
delete from conditions where nct_id in (select nct_id from incoming_trials);
insert into conditions by name select * from incoming_conditions;
