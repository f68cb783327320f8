-- ctgov.facility_contacts: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.facility_contacts is 'AACT''s facility_contacts: a site''s contacts other than its investigators (the first is primary, the rest backup). Grain: one row per site contact whose role is not an investigator''s or a study chair''s. Key: id.';
comment on column ctgov.facility_contacts.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.facility_contacts.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.facility_contacts.facility_id is 'AACT: the site''s id in facilities (join facilities.id). Here: from site_contacts.site_ordinal.';
comment on column ctgov.facility_contacts.contact_type is 'AACT: primary for the site''s first contact, backup for the others. Here: by site_contacts.ordinal.';
comment on column ctgov.facility_contacts.name is 'AACT: the contact''s name. Here: site_contacts.name, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.facility_contacts.email is 'AACT: the contact''s email. Here: site_contacts.email, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.facility_contacts.phone is 'AACT: the contact''s phone. Here: site_contacts.phone, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.facility_contacts.phone_extension is 'AACT: the phone extension. Here: site_contacts.phone_ext, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
