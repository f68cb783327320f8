-- AACT's convenience view all_intervention_types: the types of the trial's interventions, joined with |, one row per trial that has any.
-- grain: one row per trial
-- key: nct_id
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column names: AACT: the types of the trial's interventions, joined with | (in the record's order; a NULL value is left out, so a trial whose only value is NULL has an empty string). Here: interventions.intervention_type.
create or replace view ctgov.all_intervention_types as
select
    x.nct_id,
    coalesce(string_agg(x.intervention_type, '|' order by x.ordinal), '') as names
from main.interventions as x
group by x.nct_id;
