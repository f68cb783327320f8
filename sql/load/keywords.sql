-- Replace the keywords rows of the trials this batch replaces (new trials have none), then add the batch's rows.
delete from keywords where nct_id in (select nct_id from replaced_trials);
insert into keywords by name select * from incoming_keywords;
