-- Replace the sites rows of every trial in this batch with the batch's rows.
delete from sites where nct_id in (select nct_id from incoming_trials);
insert into sites by name select * from incoming_sites;
