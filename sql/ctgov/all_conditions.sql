-- AACT's convenience view all_conditions: the trial's conditions, joined with |, one row per trial that has any.
-- grain: one row per trial
-- key: nct_id
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column names: AACT: the trial's conditions, joined with | (distinct values sorted; a NULL value is left out, so a trial whose only value is NULL has an empty string). Here: conditions.condition.
create or replace view ctgov.all_conditions as
select
    x.nct_id,
    coalesce(string_agg(distinct x.condition, '|' order by x.condition), '') as names
from main.conditions as x
group by x.nct_id;
