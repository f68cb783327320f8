-- The words a trial can be found by: each condition and intervention as the record names it (other names included) and each MeSH term the registry gives it, for finding a drug's or a disease's trials by one filter.
-- grain: one row per term a trial names, by kind and by where it comes from (a term may come from two places)
-- column nct_id: The trial (trials.nct_id).
-- column kind: condition or intervention.
-- column source: Where the term comes from: condition, intervention (its name), other_name, mesh_term or mesh_ancestor.
-- column term: A condition, an intervention's name or other name, or a MeSH term (term or ancestor) of that kind.
create or replace view bi.trial_terms as
select
    nct_id,
    'condition' as kind,
    'condition' as source,
    condition as term
from main.conditions
where condition is not null
union all
select
    nct_id,
    'intervention' as kind,
    'intervention' as source,
    name as term
from main.interventions
where name is not null
union all
select
    nct_id,
    'intervention' as kind,
    'other_name' as source,
    other_name as term
from main.intervention_other_names
where other_name is not null
union all
select
    nct_id,
    domain as kind,
    'mesh_' || level as source,
    term
from main.mesh_terms
where term is not null;
