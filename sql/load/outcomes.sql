-- Replace the outcomes rows of the trials this batch replaces (new trials have none), then add the batch's rows.
delete from outcomes where nct_id in (select nct_id from replaced_trials);
insert into outcomes by name select * from incoming_outcomes;
