-- Replace the identifiers rows of every trial in this batch with the batch's rows.
delete from identifiers where nct_id in (select nct_id from incoming_trials);
insert into identifiers by name select * from incoming_identifiers;
