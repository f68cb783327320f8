-- ctgov.responsible_parties: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.responsible_parties is 'AACT''s responsible_parties: who is responsible for the record. Grain: one row per trial naming a responsible party. Key: id.';
comment on column ctgov.responsible_parties.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number (NCT00012345 is 12345), one row per trial.';
comment on column ctgov.responsible_parties.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.responsible_parties.responsible_party_type is 'AACT: SPONSOR, PRINCIPAL_INVESTIGATOR or SPONSOR_INVESTIGATOR. Here: trials.responsible_party.';
comment on column ctgov.responsible_parties.name is 'AACT: the investigator''s full name. Here: trials.responsible_investigator, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.responsible_parties.title is 'AACT: the investigator''s title. Here: trials.responsible_investigator_title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.responsible_parties.organization is 'AACT: the organisation of a record from before 2011 (oldOrganization). Here: trials.responsible_party_old_organization, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.responsible_parties.affiliation is 'AACT: the investigator''s affiliation. Here: trials.responsible_investigator_affiliation, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.responsible_parties.old_name_title is 'AACT: the name and title of a record from before 2011. Here: trials.responsible_party_old_name_title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
