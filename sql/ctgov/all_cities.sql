-- AACT's convenience view all_cities: the cities of the trial's facilities, joined with |, one row per trial that has any.
-- grain: one row per trial
-- key: nct_id
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column names: AACT: the cities of the trial's facilities, joined with | (distinct values sorted; a NULL value is left out, so a trial whose only value is NULL has an empty string). Here: sites.city.
create or replace view ctgov.all_cities as
select
    x.nct_id,
    coalesce(string_agg(distinct x.city, '|' order by x.city), '') as names
from main.sites as x
group by x.nct_id;
