-- One row per condition a trial studies.
create or replace view bi.conditions as
select * replace (ordinal::bigint as ordinal)
from main.conditions;
