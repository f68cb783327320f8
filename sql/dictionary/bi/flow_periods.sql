-- bi.flow_periods: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.flow_periods is 'One row per period of a trial''s participant flow; JSON and API sources only. Grain: one row per period of a trial''s participant flow. Key: nct_id, ordinal.';
comment on column bi.flow_periods.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.flow_periods.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.flow_periods.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.flow_periods.title is 'The period''s title (Overall Study, Open-Label Extension ...). From the record: resultsSection.participantFlowModule.periods.title.';
comment on column bi.flow_periods.flow_periods_key is 'Single-column key of this row (nct_id:ordinal): the rows that name it carry the same flow_periods_key.';
