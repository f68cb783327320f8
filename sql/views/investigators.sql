-- One row per overall official of a trial.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.investigators as
select * replace (ordinal::bigint as ordinal)
from main.investigators;
