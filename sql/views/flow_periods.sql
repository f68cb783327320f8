-- One row per period of a trial's participant flow; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.flow_periods as
select * replace (ordinal::bigint as ordinal)
from main.flow_periods;
