-- Replace the age_groups rows of the trials this batch replaces (new trials have none), then add the batch's rows.
delete from age_groups where nct_id in (select nct_id from replaced_trials);
insert into age_groups by name select * from incoming_age_groups;
