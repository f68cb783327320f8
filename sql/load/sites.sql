-- Replace the sites rows of the trials this batch replaces (new trials have none), then add the batch's rows.
delete from sites where nct_id in (select nct_id from replaced_trials);
insert into sites by name select * from incoming_sites;
