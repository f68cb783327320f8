-- AACT's responsible_parties: who is responsible for the record.
-- grain: one row per trial naming a responsible party
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number (NCT00012345 is 12345), one row per trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column responsible_party_type: AACT: SPONSOR, PRINCIPAL_INVESTIGATOR or SPONSOR_INVESTIGATOR. Here: trials.responsible_party.
-- column name: AACT: the investigator's full name. Here: trials.responsible_investigator, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column title: AACT: the investigator's title. Here: trials.responsible_investigator_title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column organization: AACT: the organisation of a record from before 2011 (oldOrganization). Here: trials.responsible_party_old_organization, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column affiliation: AACT: the investigator's affiliation. Here: trials.responsible_investigator_affiliation, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column old_name_title: AACT: the name and title of a record from before 2011. Here: trials.responsible_party_old_name_title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
create or replace view ctgov.responsible_parties as
select
    substr(t.nct_id, 4)::bigint as id,
    t.nct_id,
    t.responsible_party as responsible_party_type,
    coalesce(w_t.responsible_investigator, t.responsible_investigator) as name,
    coalesce(w_t.responsible_investigator_title, t.responsible_investigator_title) as title,
    coalesce(w_t.responsible_party_old_organization, t.responsible_party_old_organization) as organization,
    coalesce(w_t.responsible_investigator_affiliation, t.responsible_investigator_affiliation) as affiliation,
    coalesce(w_t.responsible_party_old_name_title, t.responsible_party_old_name_title) as old_name_title
from main.trials as t
left join (
    select
        nct_id,
        max(written) filter (where column_name = 'responsible_investigator') as responsible_investigator,
        max(written) filter (where column_name = 'responsible_investigator_title') as responsible_investigator_title,
        max(written) filter (where column_name = 'responsible_investigator_affiliation') as responsible_investigator_affiliation,
        max(written) filter (where column_name = 'responsible_party_old_name_title') as responsible_party_old_name_title,
        max(written) filter (where column_name = 'responsible_party_old_organization') as responsible_party_old_organization
    from main.text_as_written
    where table_name = 'trials'
    group by nct_id
) as w_t on w_t.nct_id = t.nct_id
where coalesce(t.responsible_party, t.responsible_investigator, t.responsible_investigator_title, t.responsible_investigator_affiliation, t.responsible_party_old_name_title, t.responsible_party_old_organization) is not null;
