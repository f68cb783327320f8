-- The words a trial can be found by: each condition and intervention as the record names it (other names included) and each MeSH term the registry gives it, for finding a drug's or a disease's trials by one filter.
-- grain: one row per distinct term of a trial, by kind
-- key: nct_id, kind, term
-- column nct_id: The trial (trials.nct_id).
-- column kind: condition or intervention.
-- column term: A condition, an intervention's name or other name, or a MeSH term (term or ancestor) of that kind.
create or replace view bi.trial_terms as
select distinct
    nct_id,
    kind,
    term
from (
    select nct_id, 'condition' as kind, condition as term from main.conditions
    union all
    select nct_id, 'intervention' as kind, name as term from main.interventions
    union all
    select nct_id, 'intervention' as kind, other_name as term from main.intervention_other_names
    union all
    select nct_id, domain as kind, term from main.mesh_terms
) as terms
where term is not null;
