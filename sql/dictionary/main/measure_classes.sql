-- main.measure_classes: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table main.measure_classes is 'One row per class of a baseline or outcome measure; JSON and API sources only. Grain: one row per class of a baseline or outcome measure. Key: nct_id, ordinal.';
comment on column main.measure_classes.nct_id is 'The trial this row belongs to (NCT########).';
comment on column main.measure_classes.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column main.measure_classes.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column main.measure_classes.measure_ordinal is 'The measure (result_measures.ordinal of the same trial) this row belongs to.';
comment on column main.measure_classes.title is 'The class''s title; NULL for a measure''s single untitled class. From the record: resultsSection.baselineCharacteristicsModule.measures.classes.title, resultsSection.outcomeMeasuresModule.outcomeMeasures.classes.title.';
