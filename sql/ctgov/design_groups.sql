-- AACT's design_groups: the protocol's arms or groups.
-- grain: one row per arm or group
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column group_type: AACT: the arm's type, the API's code (EXPERIMENTAL, PLACEBO_COMPARATOR ...). Here: arms.arm_type.
-- column title: AACT: the arm's label. Here: arms.label.
-- column description: AACT: the arm's description. Here: arms.description.
create or replace view ctgov.design_groups as
select
    substr(a.nct_id, 4)::bigint * 1000000000 + a.ordinal as id,
    a.nct_id,
    a.arm_type as group_type,
    a.label as title,
    a.description
from main.arms as a;
