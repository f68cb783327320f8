-- Add this run's load_runs rows (registered as incoming_load_runs).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
insert into load_runs by name select * from incoming_load_runs;
