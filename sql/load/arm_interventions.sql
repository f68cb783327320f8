-- Replace the arm_interventions rows of the trials this batch replaces (new trials have none), then add the batch's rows.
delete from arm_interventions where nct_id in (select nct_id from replaced_trials);
insert into arm_interventions by name select * from incoming_arm_interventions;
