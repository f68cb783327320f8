-- AACT's convenience view all_primary_outcome_measures: the measures of the trial's planned primary outcomes, joined with |, one row per trial that has any.
-- grain: one row per trial
-- key: nct_id
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column names: AACT: the measures of the trial's planned primary outcomes, joined with | (distinct values sorted; a NULL value is left out, so a trial whose only value is NULL has an empty string). Here: outcomes.measure.
create or replace view ctgov.all_primary_outcome_measures as
select
    x.nct_id,
    coalesce(string_agg(distinct x.measure, '|' order by x.measure), '') as names
from main.outcomes as x
where x.outcome_type = 'PRIMARY'
group by x.nct_id;
