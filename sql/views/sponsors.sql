-- One row per sponsor organisation of a trial, lead and collaborators.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.sponsors as
select * replace (ordinal::bigint as ordinal)
from main.sponsors;
