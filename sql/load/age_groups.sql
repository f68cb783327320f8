-- Replace the age_groups rows of every trial in this batch with the batch's rows.
delete from age_groups where nct_id in (select nct_id from incoming_trials);
insert into age_groups by name select * from incoming_age_groups;
