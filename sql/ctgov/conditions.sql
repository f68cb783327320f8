-- AACT's conditions: the conditions the trial studies, as the record names them.
-- grain: one row per condition
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column name: AACT: the condition as the record names it. Here: conditions.condition, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column downcase_name: AACT: the name in lower case. Here: lower(conditions.condition), as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
create or replace view ctgov.conditions as
select
    substr(c.nct_id, 4)::bigint * 1000000000 + c.ordinal as id,
    c.nct_id,
    coalesce(w_c.condition, c.condition) as name,
    lower(coalesce(w_c.condition, c.condition)) as downcase_name
from main.conditions as c
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'condition') as condition
    from main.text_as_written
    where table_name = 'conditions'
    group by nct_id, row_ordinal
) as w_c on w_c.nct_id = c.nct_id and w_c.row_ordinal = c.ordinal;
