-- ctgov.outcome_measurements: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.outcome_measurements is 'AACT''s outcome_measurements: each outcome''s value per group, class and category. Grain: one row per outcome measurement of a group. Key: id.';
comment on column ctgov.outcome_measurements.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.outcome_measurements.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.outcome_measurements.outcome_id is 'AACT: the outcome''s id (join outcomes.id). Here: from measurements.measure_ordinal.';
comment on column ctgov.outcome_measurements.result_group_id is 'AACT: the id of the group in result_groups (join result_groups.id). Here: from group_ordinal, resolved at load.';
comment on column ctgov.outcome_measurements.ctgov_group_code is 'AACT: the group''s code in the record (BG000, FG000, OG000, EG000). Here: group_code as written.';
comment on column ctgov.outcome_measurements.classification is 'AACT: the class''s title (a row of the measure''s table). Here: measure_classes.title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.outcome_measurements.category is 'AACT: the category''s title. Here: measure_categories.title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.outcome_measurements.title is 'AACT: the measure''s title. Here: result_measures.title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.outcome_measurements.description is 'AACT: the measure''s description. Here: result_measures.description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.outcome_measurements.units is 'AACT: the unit of measure. Here: result_measures.unit_of_measure, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.outcome_measurements.param_type is 'AACT: the measure type, the API''s code (MEAN, COUNT_OF_PARTICIPANTS ...). Here: result_measures.param_type.';
comment on column ctgov.outcome_measurements.param_value is 'AACT: the value as written. Here: measurements.value_raw.';
comment on column ctgov.outcome_measurements.param_value_num is 'AACT: the value as a number, NULL when it is not one (<0.001, NA). Here: from measurements.value_raw.';
comment on column ctgov.outcome_measurements.dispersion_type is 'AACT: the dispersion type, the API''s code (STANDARD_DEVIATION ...). Here: result_measures.dispersion_type.';
comment on column ctgov.outcome_measurements.dispersion_value is 'AACT: the dispersion as written. Here: measurements.spread_raw.';
comment on column ctgov.outcome_measurements.dispersion_value_num is 'AACT: the dispersion as a number, NULL when it is not one. Here: from measurements.spread_raw.';
comment on column ctgov.outcome_measurements.dispersion_lower_limit is 'AACT: the lower limit (of a range or confidence interval) as a number. Here: from measurements.lower_limit_raw.';
comment on column ctgov.outcome_measurements.dispersion_upper_limit is 'AACT: the upper limit as a number. Here: from measurements.upper_limit_raw.';
comment on column ctgov.outcome_measurements.explanation_of_na is 'AACT: why a value is NA. Here: measurements.comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.outcome_measurements.dispersion_upper_limit_raw is 'AACT: the upper limit as written. Here: measurements.upper_limit_raw.';
comment on column ctgov.outcome_measurements.dispersion_lower_limit_raw is 'AACT: the lower limit as written. Here: measurements.lower_limit_raw.';
