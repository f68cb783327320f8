-- Add this run's api_pulls rows (registered as incoming_api_pulls).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
insert into api_pulls by name select * from incoming_api_pulls;
