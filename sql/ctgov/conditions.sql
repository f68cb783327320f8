-- AACT's conditions: the conditions the trial studies, as the record names them.
-- grain: one row per condition
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column name: AACT: the condition as the record names it. Here: conditions.condition.
-- column downcase_name: AACT: the name in lower case. Here: lower(conditions.condition).
create or replace view ctgov.conditions as
select
    substr(c.nct_id, 4)::bigint * 1000000000 + c.ordinal as id,
    c.nct_id,
    c.condition as name,
    lower(c.condition) as downcase_name
from main.conditions as c;
