-- Replace the arm_interventions rows of every trial in this batch with the batch's rows.
delete from arm_interventions where nct_id in (select nct_id from incoming_trials);
insert into arm_interventions by name select * from incoming_arm_interventions;
