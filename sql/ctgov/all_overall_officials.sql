-- AACT's convenience view all_overall_officials: the names of the trial's overall officials, joined with |, one row per trial that has any.
-- grain: one row per trial
-- key: nct_id
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column names: AACT: the names of the trial's overall officials, joined with | (in the record's order; a NULL value is left out, so a trial whose only value is NULL has an empty string). Here: investigators.name.
create or replace view ctgov.all_overall_officials as
select
    x.nct_id,
    coalesce(string_agg(x.name, '|' order by x.ordinal), '') as names
from main.investigators as x
group by x.nct_id;
