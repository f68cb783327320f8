-- history.central_contacts: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.central_contacts is 'Every version of central_contacts, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per central contact of a trial (whom to ask about enrolling, whatever the site); JSON and API sources only. Grain: one row per central contact of a trial, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.central_contacts.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.central_contacts.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.central_contacts.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.central_contacts.name is 'Contact''s name. From the record: protocolSection.contactsLocationsModule.centralContacts.name.';
comment on column history.central_contacts.role is 'Contact role code (CONTACT ...). From the record: protocolSection.contactsLocationsModule.centralContacts.role.';
comment on column history.central_contacts.phone is 'Telephone number. From the record: protocolSection.contactsLocationsModule.centralContacts.phone.';
comment on column history.central_contacts.phone_ext is 'Telephone extension. From the record: protocolSection.contactsLocationsModule.centralContacts.phoneExt.';
comment on column history.central_contacts.email is 'E-mail address. From the record: protocolSection.contactsLocationsModule.centralContacts.email.';
comment on column history.central_contacts.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.central_contacts.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
