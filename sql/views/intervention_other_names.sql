-- One row per other name (brand, code, synonym) of a trial's intervention; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.intervention_other_names as
select * replace (ordinal::bigint as ordinal, intervention_ordinal::bigint as intervention_ordinal)
from main.intervention_other_names;
