-- ctgov.result_contacts: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.result_contacts is 'AACT''s result_contacts: the point of contact for the posted results. Grain: one row per trial with posted results that names a contact. Key: id.';
comment on column ctgov.result_contacts.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number (NCT00012345 is 12345), one row per trial.';
comment on column ctgov.result_contacts.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.result_contacts.organization is 'AACT: the contact''s organisation. Here: trials.results_contact_organization, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.result_contacts.name is 'AACT: the contact''s name or title (pointOfContact.title). Here: trials.results_contact_title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.result_contacts.phone is 'AACT: the contact''s phone. Here: trials.results_contact_phone, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.result_contacts.email is 'AACT: the contact''s email. Here: trials.results_contact_email, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.result_contacts.extension is 'AACT: the phone extension. Here: trials.results_contact_phone_ext, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
