-- AACT's intervention_other_names: other names of an intervention (brand names, codes).
-- grain: one row per other name of an intervention
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column intervention_id: AACT: the intervention's id (join interventions.id). Here: from intervention_other_names.intervention_ordinal.
-- column name: AACT: the other name. Here: intervention_other_names.other_name, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
create or replace view ctgov.intervention_other_names as
select
    substr(o.nct_id, 4)::bigint * 1000000000 + o.ordinal as id,
    o.nct_id,
    substr(o.nct_id, 4)::bigint * 1000000000 + o.intervention_ordinal as intervention_id,
    coalesce(w_o.other_name, o.other_name) as name
from main.intervention_other_names as o
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'other_name') as other_name
    from main.text_as_written
    where table_name = 'intervention_other_names'
    group by nct_id, row_ordinal
) as w_o on w_o.nct_id = o.nct_id and w_o.row_ordinal = o.ordinal;
