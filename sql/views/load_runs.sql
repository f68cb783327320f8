-- The load history: one row per published run.
create or replace view bi.load_runs as
select *
from main.load_runs;
