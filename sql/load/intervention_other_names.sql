-- Replace the intervention_other_names rows of every trial in this batch with the batch's rows.
delete from intervention_other_names where nct_id in (select nct_id from incoming_trials);
insert into intervention_other_names by name select * from incoming_intervention_other_names;
