-- ctgov.central_contacts: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.central_contacts is 'AACT''s central_contacts: the trial''s central contacts (the first is primary, the next backup). Grain: one row per central contact. Key: id.';
comment on column ctgov.central_contacts.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.central_contacts.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.central_contacts.contact_type is 'AACT: primary for the first contact, backup for the others. Here: by central_contacts.ordinal.';
comment on column ctgov.central_contacts.name is 'AACT: the contact''s name. Here: central_contacts.name, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.central_contacts.phone is 'AACT: the contact''s phone. Here: central_contacts.phone, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.central_contacts.email is 'AACT: the contact''s email. Here: central_contacts.email, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.central_contacts.phone_extension is 'AACT: the phone extension. Here: central_contacts.phone_ext, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.central_contacts.role is 'AACT: the contact''s role, the API''s code (CONTACT ...). Here: central_contacts.role.';
