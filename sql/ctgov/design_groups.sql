-- AACT's design_groups: the protocol's arms or groups.
-- grain: one row per arm or group
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column group_type: AACT: the arm's type, the API's code (EXPERIMENTAL, PLACEBO_COMPARATOR ...). Here: arms.arm_type.
-- column title: AACT: the arm's label. Here: arms.label, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column description: AACT: the arm's description. Here: arms.description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
create or replace view ctgov.design_groups as
select
    substr(a.nct_id, 4)::bigint * 1000000000 + a.ordinal as id,
    a.nct_id,
    a.arm_type as group_type,
    coalesce(w_a.label, a.label) as title,
    coalesce(w_a.description, a.description) as description
from main.arms as a
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'label') as label,
        max(written) filter (where column_name = 'description') as description
    from main.text_as_written
    where table_name = 'arms'
    group by nct_id, row_ordinal
) as w_a on w_a.nct_id = a.nct_id and w_a.row_ordinal = a.ordinal;
