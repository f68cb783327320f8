-- One row per condition a trial studies.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.conditions as
select * replace (ordinal::bigint as ordinal)
from main.conditions;
