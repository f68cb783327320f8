-- bi.measure_classes: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.measure_classes is 'One row per class of a baseline or outcome measure; JSON and API sources only. Grain: one row per class of a baseline or outcome measure. Key: nct_id, ordinal.';
comment on column bi.measure_classes.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.measure_classes.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.measure_classes.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.measure_classes.measure_ordinal is 'The measure (result_measures.ordinal of the same trial) this row belongs to.';
comment on column bi.measure_classes.title is 'The class''s title; NULL for a measure''s single untitled class. From the record: resultsSection.baselineCharacteristicsModule.measures.classes.title, resultsSection.outcomeMeasuresModule.outcomeMeasures.classes.title.';
comment on column bi.measure_classes.measure_classes_key is 'Single-column key of this row (nct_id:ordinal): the rows that name it carry the same measure_classes_key.';
comment on column bi.measure_classes.result_measures_key is 'The result_measures row this row names (nct_id:measure_ordinal), to join bi.result_measures on result_measures_key alone.';
