-- history.conditions: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.conditions is 'Every version of conditions, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per condition a trial studies. Grain: one row per condition a trial studies, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.conditions.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.conditions.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.conditions.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.conditions.condition is 'Condition or disease, as the registry gives it. From the record: protocolSection.conditionsModule.conditions.';
comment on column history.conditions.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.conditions.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
