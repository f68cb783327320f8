-- history.flow_periods: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.flow_periods is 'Every version of flow_periods, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per period of a trial''s participant flow; JSON and API sources only. Grain: one row per period of a trial''s participant flow, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.flow_periods.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.flow_periods.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.flow_periods.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.flow_periods.title is 'The period''s title (Overall Study, Open-Label Extension ...). From the record: resultsSection.participantFlowModule.periods.title.';
comment on column history.flow_periods.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.flow_periods.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
