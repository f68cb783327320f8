-- Replace the site_contacts rows of every trial in this batch with the batch's rows.
delete from site_contacts where nct_id in (select nct_id from incoming_trials);
insert into site_contacts by name select * from incoming_site_contacts;
