-- main.countries: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table main.countries is 'One row per country a trial has sites in. Grain: one row per country a trial has sites in. Key: nct_id, ordinal.';
comment on column main.countries.nct_id is 'The trial this row belongs to (NCT########).';
comment on column main.countries.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column main.countries.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column main.countries.country is 'Country name as the registry spells it. From the record: protocolSection.contactsLocationsModule.locations.country.';
