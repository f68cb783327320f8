-- Replace the outcomes rows of every trial in this batch with the batch's rows.
delete from outcomes where nct_id in (select nct_id from incoming_trials);
insert into outcomes by name select * from incoming_outcomes;
