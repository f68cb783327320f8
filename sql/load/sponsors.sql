-- Replace the sponsors rows of every trial in this batch with the batch's rows.
delete from sponsors where nct_id in (select nct_id from incoming_trials);
insert into sponsors by name select * from incoming_sponsors;
