-- AACT's convenience view all_keywords: the trial's keywords, joined with |, one row per trial that has any.
-- grain: one row per trial
-- key: nct_id
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column names: AACT: the trial's keywords, joined with | (distinct values sorted; a NULL value is left out, so a trial whose only value is NULL has an empty string). Here: keywords.keyword.
create or replace view ctgov.all_keywords as
select
    x.nct_id,
    coalesce(string_agg(distinct x.keyword, '|' order by x.keyword), '') as names
from main.keywords as x
group by x.nct_id;
