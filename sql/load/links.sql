-- Replace the links rows of every trial in this batch with the batch's rows.
delete from links where nct_id in (select nct_id from incoming_trials);
insert into links by name select * from incoming_links;
