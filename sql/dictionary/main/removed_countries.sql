-- main.removed_countries: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table main.removed_countries is 'One row per country a trial once had sites in and no longer lists (AACT''s countries with removed = true); JSON and API sources only. Grain: one row per country removed from a trial''s sites. Key: nct_id, ordinal.';
comment on column main.removed_countries.nct_id is 'The trial this row belongs to (NCT########).';
comment on column main.removed_countries.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column main.removed_countries.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column main.removed_countries.country is 'Country name as the registry spells it. From the record: derivedSection.miscInfoModule.removedCountries.';
