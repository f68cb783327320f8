-- One row per country a trial has sites in.
create or replace view bi.countries as
select * replace (ordinal::bigint as ordinal)
from main.countries;
