-- One row per adverse event term a trial reports, serious or other (the numbers per group are in adverse_event_stats); JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.adverse_events as
select * replace (ordinal::bigint as ordinal)
from main.adverse_events;
