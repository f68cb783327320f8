-- Replace the sponsors rows of the trials this batch replaces (new trials have none), then add the batch's rows.
delete from sponsors where nct_id in (select nct_id from replaced_trials);
insert into sponsors by name select * from incoming_sponsors;
