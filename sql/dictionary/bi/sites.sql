-- bi.sites: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.sites is 'One row per trial site. Grain: one row per site of a trial. Key: nct_id, ordinal.';
comment on column bi.sites.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.sites.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.sites.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.sites.facility is 'Facility name; NULL when the registry shows none (''Research Site''). From the record: protocolSection.contactsLocationsModule.locations.facility.';
comment on column bi.sites.city is 'City of the site. From the record: protocolSection.contactsLocationsModule.locations.city.';
comment on column bi.sites.state is 'State or region; NULL when the registry gives none. From the record: protocolSection.contactsLocationsModule.locations.state.';
comment on column bi.sites.country is 'Country name as the registry spells it. From the record: protocolSection.contactsLocationsModule.locations.country.';
comment on column bi.sites.status is 'Site recruitment status code; NULL when not known. From the record: protocolSection.contactsLocationsModule.locations.status.';
comment on column bi.sites.zip is 'Postal code of the site; JSON and API sources only. From the record: protocolSection.contactsLocationsModule.locations.zip.';
comment on column bi.sites.latitude is 'Latitude of the site (WGS 84 degrees); JSON and API sources only. From the record: protocolSection.contactsLocationsModule.locations.geoPoint.lat.';
comment on column bi.sites.longitude is 'Longitude of the site (WGS 84 degrees); JSON and API sources only. From the record: protocolSection.contactsLocationsModule.locations.geoPoint.lon.';
comment on column bi.sites.sites_key is 'Single-column key of this row (nct_id:ordinal): the rows that name it carry the same sites_key.';
