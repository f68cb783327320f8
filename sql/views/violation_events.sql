-- One row per FDAAA 801 violation event the registry annotated on a trial; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.violation_events as
select * replace (ordinal::bigint as ordinal)
from main.violation_events;
