-- AACT's interventions: the protocol's interventions.
-- grain: one row per intervention
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column intervention_type: AACT: the API's code (DRUG, DEVICE, BEHAVIORAL ...). Here: interventions.intervention_type.
-- column name: AACT: the intervention's name. Here: interventions.name.
-- column description: AACT: its description. Here: interventions.description.
create or replace view ctgov.interventions as
select
    substr(i.nct_id, 4)::bigint * 1000000000 + i.ordinal as id,
    i.nct_id,
    i.intervention_type,
    i.name,
    i.description
from main.interventions as i;
