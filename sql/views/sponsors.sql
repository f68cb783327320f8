-- One row per sponsor organisation of a trial, lead and collaborators.
create or replace view bi.sponsors as
select * replace (ordinal::bigint as ordinal)
from main.sponsors;
