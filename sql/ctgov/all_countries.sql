-- AACT's convenience view all_countries: the countries of the trial's facilities (removed countries left out), joined with |, one row per trial that has any.
-- grain: one row per trial
-- key: nct_id
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column names: AACT: the countries of the trial's facilities (removed countries left out), joined with | (distinct values sorted; a NULL value is left out, so a trial whose only value is NULL has an empty string). Here: countries.country.
create or replace view ctgov.all_countries as
select
    x.nct_id,
    coalesce(string_agg(distinct x.country, '|' order by x.country), '') as names
from main.countries as x
group by x.nct_id;
