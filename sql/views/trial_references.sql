-- One row per publication cited by a trial.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- column trial_references_key: Single-column key of this row (nct_id:ordinal): the rows that name it carry the same trial_references_key.
create or replace view bi.trial_references as
select
    * replace (ordinal::bigint as ordinal),
    nct_id || ':' || ordinal as trial_references_key
from main.trial_references;
