-- main.keywords: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table main.keywords is 'One row per keyword the sponsor gave a trial; JSON and API sources only. Grain: one row per keyword of a trial. Key: nct_id, ordinal.';
comment on column main.keywords.nct_id is 'The trial this row belongs to (NCT########).';
comment on column main.keywords.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column main.keywords.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column main.keywords.keyword is 'Keyword or phrase, as the registry gives it. From the record: protocolSection.conditionsModule.keywords.';
