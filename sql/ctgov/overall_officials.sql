-- AACT's overall_officials: the people responsible for the trial's scientific leadership.
-- grain: one row per overall official
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column role: AACT: PRINCIPAL_INVESTIGATOR, STUDY_CHAIR, STUDY_DIRECTOR ... Here: investigators.role.
-- column name: AACT: the official's name. Here: investigators.name.
-- column affiliation: AACT: the official's affiliation. Here: investigators.affiliation.
create or replace view ctgov.overall_officials as
select
    substr(o.nct_id, 4)::bigint * 1000000000 + o.ordinal as id,
    o.nct_id,
    o.role,
    o.name,
    o.affiliation
from main.investigators as o;
