-- One row per intervention of a trial.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- column interventions_key: Single-column key of this row (nct_id:ordinal): the rows that name it carry the same interventions_key.
create or replace view bi.interventions as
select
    * replace (ordinal::bigint as ordinal),
    nct_id || ':' || ordinal as interventions_key
from main.interventions;
