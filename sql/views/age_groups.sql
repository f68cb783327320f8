-- One row per standard age group a trial admits; JSON and API sources only.
create or replace view bi.age_groups as
select * replace (ordinal::bigint as ordinal)
from main.age_groups;
