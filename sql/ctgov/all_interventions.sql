-- AACT's convenience view all_interventions: the names of the trial's interventions, joined with |, one row per trial that has any.
-- grain: one row per trial
-- key: nct_id
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column names: AACT: the names of the trial's interventions, joined with | (in the record's order; a NULL value is left out, so a trial whose only value is NULL has an empty string). Here: interventions.name, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
create or replace view ctgov.all_interventions as
select
    x.nct_id,
    coalesce(string_agg(coalesce(w_x.name, x.name), '|' order by x.ordinal), '') as names
from main.interventions as x
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'name') as name
    from main.text_as_written
    where table_name = 'interventions'
    group by nct_id, row_ordinal
) as w_x on w_x.nct_id = x.nct_id and w_x.row_ordinal = x.ordinal
group by x.nct_id;
