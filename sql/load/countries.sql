-- Replace the countries rows of every trial in this batch with the batch's rows.
delete from countries where nct_id in (select nct_id from incoming_trials);
insert into countries by name select * from incoming_countries;
