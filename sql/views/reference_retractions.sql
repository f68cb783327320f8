-- One row per retraction of a publication a trial cites; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- column trial_references_key: The trial_references row this row names (nct_id:reference_ordinal), to join bi.trial_references on trial_references_key alone.
create or replace view bi.reference_retractions as
select
    * replace (ordinal::bigint as ordinal, reference_ordinal::bigint as reference_ordinal),
    nct_id || ':' || reference_ordinal as trial_references_key
from main.reference_retractions;
