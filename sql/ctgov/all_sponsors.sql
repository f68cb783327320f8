-- AACT's convenience view all_sponsors: the names of the trial's sponsors and collaborators, joined with |, one row per trial that has any.
-- grain: one row per trial
-- key: nct_id
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column names: AACT: the names of the trial's sponsors and collaborators, joined with | (distinct values sorted; a NULL value is left out, so a trial whose only value is NULL has an empty string). Here: sponsors.name.
create or replace view ctgov.all_sponsors as
select
    x.nct_id,
    coalesce(string_agg(distinct x.name, '|' order by x.name), '') as names
from main.sponsors as x
group by x.nct_id;
