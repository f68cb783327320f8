-- Replace the links rows of the trials this batch replaces (new trials have none), then add the batch's rows.
delete from links where nct_id in (select nct_id from replaced_trials);
insert into links by name select * from incoming_links;
