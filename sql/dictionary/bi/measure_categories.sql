-- bi.measure_categories: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.measure_categories is 'One row per category of a class of a baseline or outcome measure; JSON and API sources only. Grain: one row per category of a class of a baseline or outcome measure. Key: nct_id, ordinal.';
comment on column bi.measure_categories.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.measure_categories.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.measure_categories.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.measure_categories.measure_ordinal is 'The measure (result_measures.ordinal of the same trial) this row belongs to.';
comment on column bi.measure_categories.class_ordinal is 'The class (measure_classes.ordinal of the same trial) this row belongs to.';
comment on column bi.measure_categories.title is 'The category''s title; NULL for a class''s single untitled category. From the record: resultsSection.baselineCharacteristicsModule.measures.classes.categories.title, resultsSection.outcomeMeasuresModule.outcomeMeasures.classes.categories.title.';
comment on column bi.measure_categories.measure_categories_key is 'Single-column key of this row (nct_id:ordinal): the rows that name it carry the same measure_categories_key.';
comment on column bi.measure_categories.result_measures_key is 'The result_measures row this row names (nct_id:measure_ordinal), to join bi.result_measures on result_measures_key alone.';
comment on column bi.measure_categories.measure_classes_key is 'The measure_classes row this row names (nct_id:class_ordinal), to join bi.measure_classes on measure_classes_key alone.';
