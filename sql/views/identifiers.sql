-- One row per other identifier of a trial: org study IDs, secondary IDs and NCT ID aliases.
create or replace view bi.identifiers as
select * replace (ordinal::bigint as ordinal)
from main.identifiers;
