-- history.sites: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.sites is 'Every version of sites, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per trial site. Grain: one row per site of a trial, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.sites.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.sites.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.sites.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.sites.facility is 'Facility name; NULL when the registry shows none (''Research Site''). From the record: protocolSection.contactsLocationsModule.locations.facility.';
comment on column history.sites.city is 'City of the site. From the record: protocolSection.contactsLocationsModule.locations.city.';
comment on column history.sites.state is 'State or region; NULL when the registry gives none. From the record: protocolSection.contactsLocationsModule.locations.state.';
comment on column history.sites.country is 'Country name as the registry spells it. From the record: protocolSection.contactsLocationsModule.locations.country.';
comment on column history.sites.status is 'Site recruitment status code; NULL when not known. From the record: protocolSection.contactsLocationsModule.locations.status.';
comment on column history.sites.zip is 'Postal code of the site; JSON and API sources only. From the record: protocolSection.contactsLocationsModule.locations.zip.';
comment on column history.sites.latitude is 'Latitude of the site (WGS 84 degrees); JSON and API sources only. From the record: protocolSection.contactsLocationsModule.locations.geoPoint.lat.';
comment on column history.sites.longitude is 'Longitude of the site (WGS 84 degrees); JSON and API sources only. From the record: protocolSection.contactsLocationsModule.locations.geoPoint.lon.';
comment on column history.sites.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.sites.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
