-- One row per outcome measure a trial registered; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.outcomes as
select * replace (ordinal::bigint as ordinal)
from main.outcomes;
