-- Replace the countries rows of the trials this batch replaces (new trials have none), then add the batch's rows.
delete from countries where nct_id in (select nct_id from replaced_trials);
insert into countries by name select * from incoming_countries;
