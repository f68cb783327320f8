-- One row per standard age group a trial admits; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.age_groups as
select * replace (ordinal::bigint as ordinal)
from main.age_groups;
