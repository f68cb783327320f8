-- One row per event of a trial's results submitted but not yet posted (AACT's pending_results); JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.unposted_events as
select * replace (ordinal::bigint as ordinal)
from main.unposted_events;
