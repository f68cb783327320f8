-- Replace the identifiers rows of the trials this batch replaces (new trials have none), then add the batch's rows.
delete from identifiers where nct_id in (select nct_id from replaced_trials);
insert into identifiers by name select * from incoming_identifiers;
