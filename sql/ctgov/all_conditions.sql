-- AACT's convenience view all_conditions: the trial's conditions, joined with |, one row per trial that has any.
-- grain: one row per trial
-- key: nct_id
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column names: AACT: the trial's conditions, joined with | (distinct values sorted; a NULL value is left out, so a trial whose only value is NULL has an empty string). Here: conditions.condition, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
create or replace view ctgov.all_conditions as
select
    x.nct_id,
    coalesce(string_agg(distinct coalesce(w_x.condition, x.condition), '|' order by coalesce(w_x.condition, x.condition)), '') as names
from main.conditions as x
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'condition') as condition
    from main.text_as_written
    where table_name = 'conditions'
    group by nct_id, row_ordinal
) as w_x on w_x.nct_id = x.nct_id and w_x.row_ordinal = x.ordinal
group by x.nct_id;
