-- main.conditions: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table main.conditions is 'One row per condition a trial studies. Grain: one row per condition a trial studies. Key: nct_id, ordinal.';
comment on column main.conditions.nct_id is 'The trial this row belongs to (NCT########).';
comment on column main.conditions.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column main.conditions.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column main.conditions.condition is 'Condition or disease, as the registry gives it. From the record: protocolSection.conditionsModule.conditions.';
