-- Replace the investigators rows of the trials this batch replaces (new trials have none), then add the batch's rows.
delete from investigators where nct_id in (select nct_id from replaced_trials);
insert into investigators by name select * from incoming_investigators;
