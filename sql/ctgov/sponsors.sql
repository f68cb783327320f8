-- AACT's sponsors: the lead sponsor and the collaborators.
-- grain: one row per sponsor or collaborator
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column agency_class: AACT: the sponsor's class, the API's code (INDUSTRY, NIH, OTHER ...). Here: sponsors.agency_class.
-- column lead_or_collaborator: AACT: lead or collaborator (AACT's own values). Here: sponsors.role.
-- column name: AACT: the sponsor's name. Here: sponsors.name, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
create or replace view ctgov.sponsors as
select
    substr(s.nct_id, 4)::bigint * 1000000000 + s.ordinal as id,
    s.nct_id,
    s.agency_class,
    s.role as lead_or_collaborator,
    coalesce(w_s.name, s.name) as name
from main.sponsors as s
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'name') as name
    from main.text_as_written
    where table_name = 'sponsors'
    group by nct_id, row_ordinal
) as w_s on w_s.nct_id = s.nct_id and w_s.row_ordinal = s.ordinal;
