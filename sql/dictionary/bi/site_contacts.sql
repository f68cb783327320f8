-- bi.site_contacts: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.site_contacts is 'One row per contact person of a trial site; JSON and API sources only. Grain: one row per contact person of a trial site. Key: nct_id, ordinal.';
comment on column bi.site_contacts.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.site_contacts.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.site_contacts.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.site_contacts.site_ordinal is 'The site (sites.ordinal of the same trial) the contact belongs to.';
comment on column bi.site_contacts.name is 'Contact''s name. From the record: protocolSection.contactsLocationsModule.locations.contacts.name.';
comment on column bi.site_contacts.role is 'Contact role code (CONTACT, PRINCIPAL_INVESTIGATOR ...). From the record: protocolSection.contactsLocationsModule.locations.contacts.role.';
comment on column bi.site_contacts.phone is 'Telephone number. From the record: protocolSection.contactsLocationsModule.locations.contacts.phone.';
comment on column bi.site_contacts.phone_ext is 'Telephone extension. From the record: protocolSection.contactsLocationsModule.locations.contacts.phoneExt.';
comment on column bi.site_contacts.email is 'E-mail address. From the record: protocolSection.contactsLocationsModule.locations.contacts.email.';
comment on column bi.site_contacts.sites_key is 'The sites row this row names (nct_id:site_ordinal), to join bi.sites on sites_key alone.';
