-- Replace the conditions rows of the trials this batch replaces (new trials have none), then add the batch's rows.
delete from conditions where nct_id in (select nct_id from replaced_trials);
insert into conditions by name select * from incoming_conditions;
