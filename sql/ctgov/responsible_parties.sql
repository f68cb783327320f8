-- AACT's responsible_parties: who is responsible for the record.
-- grain: one row per trial naming a responsible party
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number (NCT00012345 is 12345), one row per trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column responsible_party_type: AACT: SPONSOR, PRINCIPAL_INVESTIGATOR or SPONSOR_INVESTIGATOR. Here: trials.responsible_party.
-- column name: AACT: the investigator's full name. Here: trials.responsible_investigator.
-- column title: AACT: the investigator's title. Here: trials.responsible_investigator_title.
-- column organization: AACT: the organisation of a record from before 2011 (oldOrganization). Here: trials.responsible_party_old_organization.
-- column affiliation: AACT: the investigator's affiliation. Here: trials.responsible_investigator_affiliation.
-- column old_name_title: AACT: the name and title of a record from before 2011. Here: trials.responsible_party_old_name_title.
create or replace view ctgov.responsible_parties as
select
    substr(t.nct_id, 4)::bigint as id,
    t.nct_id,
    t.responsible_party as responsible_party_type,
    t.responsible_investigator as name,
    t.responsible_investigator_title as title,
    t.responsible_party_old_organization as organization,
    t.responsible_investigator_affiliation as affiliation,
    t.responsible_party_old_name_title as old_name_title
from main.trials as t
where coalesce(t.responsible_party, t.responsible_investigator, t.responsible_investigator_title, t.responsible_investigator_affiliation, t.responsible_party_old_name_title, t.responsible_party_old_organization) is not null;
