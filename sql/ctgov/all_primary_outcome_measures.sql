-- AACT's convenience view all_primary_outcome_measures: the measures of the trial's planned primary outcomes, joined with |, one row per trial that has any.
-- grain: one row per trial
-- key: nct_id
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column names: AACT: the measures of the trial's planned primary outcomes, joined with | (distinct values sorted; a NULL value is left out, so a trial whose only value is NULL has an empty string). Here: outcomes.measure, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
create or replace view ctgov.all_primary_outcome_measures as
select
    x.nct_id,
    coalesce(string_agg(distinct coalesce(w_x.measure, x.measure), '|' order by coalesce(w_x.measure, x.measure)), '') as names
from main.outcomes as x
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'measure') as measure
    from main.text_as_written
    where table_name = 'outcomes'
    group by nct_id, row_ordinal
) as w_x on w_x.nct_id = x.nct_id and w_x.row_ordinal = x.ordinal
where x.outcome_type = 'PRIMARY'
group by x.nct_id;
