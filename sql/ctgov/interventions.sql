-- AACT's interventions: the protocol's interventions.
-- grain: one row per intervention
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column intervention_type: AACT: the API's code (DRUG, DEVICE, BEHAVIORAL ...). Here: interventions.intervention_type.
-- column name: AACT: the intervention's name. Here: interventions.name, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column description: AACT: its description. Here: interventions.description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
create or replace view ctgov.interventions as
select
    substr(i.nct_id, 4)::bigint * 1000000000 + i.ordinal as id,
    i.nct_id,
    i.intervention_type,
    coalesce(w_i.name, i.name) as name,
    coalesce(w_i.description, i.description) as description
from main.interventions as i
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'name') as name,
        max(written) filter (where column_name = 'description') as description
    from main.text_as_written
    where table_name = 'interventions'
    group by nct_id, row_ordinal
) as w_i on w_i.nct_id = i.nct_id and w_i.row_ordinal = i.ordinal;
