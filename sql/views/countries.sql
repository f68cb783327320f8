-- One row per country a trial has sites in.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.countries as
select * replace (ordinal::bigint as ordinal)
from main.countries;
