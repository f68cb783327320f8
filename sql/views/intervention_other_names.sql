-- One row per other name (brand, code, synonym) of a trial's intervention; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- column interventions_key: The interventions row this row names (nct_id:intervention_ordinal), to join bi.interventions on interventions_key alone.
create or replace view bi.intervention_other_names as
select
    * replace (ordinal::bigint as ordinal, intervention_ordinal::bigint as intervention_ordinal),
    nct_id || ':' || intervention_ordinal as interventions_key
from main.intervention_other_names;
