-- One row per individual participant data (IPD) set or document a trial makes available; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.available_ipds as
select * replace (ordinal::bigint as ordinal)
from main.available_ipds;
