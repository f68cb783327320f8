-- AACT's convenience view all_group_types: the types of the trial's arms, joined with |, one row per trial that has any.
-- grain: one row per trial
-- key: nct_id
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column names: AACT: the types of the trial's arms, joined with | (distinct values sorted; a NULL value is left out, so a trial whose only value is NULL has an empty string). Here: arms.arm_type.
create or replace view ctgov.all_group_types as
select
    x.nct_id,
    coalesce(string_agg(distinct x.arm_type, '|' order by x.arm_type), '') as names
from main.arms as x
group by x.nct_id;
