-- Replace the keywords rows of every trial in this batch with the batch's rows.
delete from keywords where nct_id in (select nct_id from incoming_trials);
insert into keywords by name select * from incoming_keywords;
