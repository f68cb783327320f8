-- One row per other identifier of a trial: org study IDs, secondary IDs and NCT ID aliases.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.identifiers as
select * replace (ordinal::bigint as ordinal)
from main.identifiers;
