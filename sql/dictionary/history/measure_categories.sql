-- history.measure_categories: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.measure_categories is 'Every version of measure_categories, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per category of a class of a baseline or outcome measure; JSON and API sources only. Grain: one row per category of a class of a baseline or outcome measure, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.measure_categories.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.measure_categories.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.measure_categories.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.measure_categories.measure_ordinal is 'The measure (result_measures.ordinal of the same trial) this row belongs to.';
comment on column history.measure_categories.class_ordinal is 'The class (measure_classes.ordinal of the same trial) this row belongs to.';
comment on column history.measure_categories.title is 'The category''s title; NULL for a class''s single untitled category. From the record: resultsSection.baselineCharacteristicsModule.measures.classes.categories.title, resultsSection.outcomeMeasuresModule.outcomeMeasures.classes.categories.title.';
comment on column history.measure_categories.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.measure_categories.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
