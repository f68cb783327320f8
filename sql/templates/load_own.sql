-- Add this run's {{table}} rows (registered as incoming_{{table}}).
-- {{generated}}
insert into {{table}} by name select * from incoming_{{table}};
