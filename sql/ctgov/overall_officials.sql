-- AACT's overall_officials: the people responsible for the trial's scientific leadership.
-- grain: one row per overall official
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column role: AACT: PRINCIPAL_INVESTIGATOR, STUDY_CHAIR, STUDY_DIRECTOR ... Here: investigators.role.
-- column name: AACT: the official's name. Here: investigators.name, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column affiliation: AACT: the official's affiliation. Here: investigators.affiliation, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
create or replace view ctgov.overall_officials as
select
    substr(o.nct_id, 4)::bigint * 1000000000 + o.ordinal as id,
    o.nct_id,
    o.role,
    coalesce(w_o.name, o.name) as name,
    coalesce(w_o.affiliation, o.affiliation) as affiliation
from main.investigators as o
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'name') as name,
        max(written) filter (where column_name = 'affiliation') as affiliation
    from main.text_as_written
    where table_name = 'investigators'
    group by nct_id, row_ordinal
) as w_o on w_o.nct_id = o.nct_id and w_o.row_ordinal = o.ordinal;
