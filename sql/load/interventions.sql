-- Replace the interventions rows of the trials this batch replaces (new trials have none), then add the batch's rows.
delete from interventions where nct_id in (select nct_id from replaced_trials);
insert into interventions by name select * from incoming_interventions;
