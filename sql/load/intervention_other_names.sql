-- Replace the intervention_other_names rows of the trials this batch replaces (new trials have none), then add the batch's rows.
delete from intervention_other_names where nct_id in (select nct_id from replaced_trials);
insert into intervention_other_names by name select * from incoming_intervention_other_names;
