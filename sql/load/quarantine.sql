-- Add this run's quarantine rows (registered as incoming_quarantine).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
insert into quarantine by name select * from incoming_quarantine;
