-- history.removed_countries: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.removed_countries is 'Every version of removed_countries, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per country a trial once had sites in and no longer lists (AACT''s countries with removed = true); JSON and API sources only. Grain: one row per country removed from a trial''s sites, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.removed_countries.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.removed_countries.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.removed_countries.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.removed_countries.country is 'Country name as the registry spells it. From the record: derivedSection.miscInfoModule.removedCountries.';
comment on column history.removed_countries.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.removed_countries.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
