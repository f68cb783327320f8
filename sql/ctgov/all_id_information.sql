-- AACT's convenience view all_id_information: the trial's other identifiers, joined with |, one row per trial that has any.
-- grain: one row per trial
-- key: nct_id
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column names: AACT: the trial's other identifiers, joined with | (distinct values sorted; a NULL value is left out, so a trial whose only value is NULL has an empty string). Here: identifiers.identifier.
create or replace view ctgov.all_id_information as
select
    x.nct_id,
    coalesce(string_agg(distinct x.identifier, '|' order by x.identifier), '') as names
from main.identifiers as x
group by x.nct_id;
