-- The load history: one row per published run.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.load_runs as
select *
from main.load_runs;
