-- ctgov.countries: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.countries is 'AACT''s countries: each country the trial''s sites are in (removed false), and each country the record removed (removed true). Grain: one row per country of the trial''s sites, and per removed country. Key: id.';
comment on column ctgov.countries.id is 'AACT: the row''s id. Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal (removed countries from 500,000,001).';
comment on column ctgov.countries.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.countries.name is 'AACT: the country. Here: countries.country, removed_countries.country.';
comment on column ctgov.countries.removed is 'AACT: true for a country the record removed (all its sites closed). Here: false from countries, true from removed_countries.';
