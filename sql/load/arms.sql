-- Replace the arms rows of the trials this batch replaces (new trials have none), then add the batch's rows.
delete from arms where nct_id in (select nct_id from replaced_trials);
insert into arms by name select * from incoming_arms;
