-- history.measure_classes: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.measure_classes is 'Every version of measure_classes, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per class of a baseline or outcome measure; JSON and API sources only. Grain: one row per class of a baseline or outcome measure, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.measure_classes.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.measure_classes.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.measure_classes.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.measure_classes.measure_ordinal is 'The measure (result_measures.ordinal of the same trial) this row belongs to.';
comment on column history.measure_classes.title is 'The class''s title; NULL for a measure''s single untitled class. From the record: resultsSection.baselineCharacteristicsModule.measures.classes.title, resultsSection.outcomeMeasuresModule.outcomeMeasures.classes.title.';
comment on column history.measure_classes.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.measure_classes.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
