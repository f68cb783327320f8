-- Replace the site_contacts rows of the trials this batch replaces (new trials have none), then add the batch's rows.
delete from site_contacts where nct_id in (select nct_id from replaced_trials);
insert into site_contacts by name select * from incoming_site_contacts;
