-- bi.central_contacts: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.central_contacts is 'One row per central contact of a trial (whom to ask about enrolling, whatever the site); JSON and API sources only. Grain: one row per central contact of a trial. Key: nct_id, ordinal.';
comment on column bi.central_contacts.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.central_contacts.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.central_contacts.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.central_contacts.name is 'Contact''s name. From the record: protocolSection.contactsLocationsModule.centralContacts.name.';
comment on column bi.central_contacts.role is 'Contact role code (CONTACT ...). From the record: protocolSection.contactsLocationsModule.centralContacts.role.';
comment on column bi.central_contacts.phone is 'Telephone number. From the record: protocolSection.contactsLocationsModule.centralContacts.phone.';
comment on column bi.central_contacts.phone_ext is 'Telephone extension. From the record: protocolSection.contactsLocationsModule.centralContacts.phoneExt.';
comment on column bi.central_contacts.email is 'E-mail address. From the record: protocolSection.contactsLocationsModule.centralContacts.email.';
