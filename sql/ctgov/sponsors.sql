-- AACT's sponsors: the lead sponsor and the collaborators.
-- grain: one row per sponsor or collaborator
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column agency_class: AACT: the sponsor's class, the API's code (INDUSTRY, NIH, OTHER ...). Here: sponsors.agency_class.
-- column lead_or_collaborator: AACT: lead or collaborator (AACT's own values). Here: sponsors.role.
-- column name: AACT: the sponsor's name. Here: sponsors.name.
create or replace view ctgov.sponsors as
select
    substr(s.nct_id, 4)::bigint * 1000000000 + s.ordinal as id,
    s.nct_id,
    s.agency_class,
    s.role as lead_or_collaborator,
    s.name
from main.sponsors as s;
