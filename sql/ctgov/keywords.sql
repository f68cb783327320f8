-- AACT's keywords: the keywords the sponsor gives.
-- grain: one row per keyword
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column name: AACT: the keyword. Here: keywords.keyword.
-- column downcase_name: AACT: the keyword in lower case. Here: lower(keywords.keyword).
create or replace view ctgov.keywords as
select
    substr(k.nct_id, 4)::bigint * 1000000000 + k.ordinal as id,
    k.nct_id,
    k.keyword as name,
    lower(k.keyword) as downcase_name
from main.keywords as k;
