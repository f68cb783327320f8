-- Replace the interventions rows of every trial in this batch with the batch's rows.
delete from interventions where nct_id in (select nct_id from incoming_trials);
insert into interventions by name select * from incoming_interventions;
