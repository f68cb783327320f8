-- ctgov.baseline_measurements: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.baseline_measurements is 'AACT''s baseline_measurements: each baseline characteristic''s value per group, class and category. Grain: one row per baseline measurement of a group. Key: id.';
comment on column ctgov.baseline_measurements.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.baseline_measurements.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.baseline_measurements.result_group_id is 'AACT: the id of the group in result_groups (join result_groups.id). Here: from group_ordinal, resolved at load.';
comment on column ctgov.baseline_measurements.ctgov_group_code is 'AACT: the group''s code in the record (BG000, FG000, OG000, EG000). Here: group_code as written.';
comment on column ctgov.baseline_measurements.classification is 'AACT: the class''s title (a row of the measure''s table). Here: measure_classes.title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.baseline_measurements.category is 'AACT: the category''s title. Here: measure_categories.title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.baseline_measurements.title is 'AACT: the measure''s title. Here: result_measures.title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.baseline_measurements.description is 'AACT: the measure''s description. Here: result_measures.description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.baseline_measurements.units is 'AACT: the unit of measure. Here: result_measures.unit_of_measure, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.baseline_measurements.param_type is 'AACT: the measure type, the API''s code (MEAN, COUNT_OF_PARTICIPANTS ...). Here: result_measures.param_type.';
comment on column ctgov.baseline_measurements.param_value is 'AACT: the value as written. Here: measurements.value_raw.';
comment on column ctgov.baseline_measurements.param_value_num is 'AACT: the value as a number, NULL when it is not one (<0.001, NA). Here: from measurements.value_raw.';
comment on column ctgov.baseline_measurements.dispersion_type is 'AACT: the dispersion type, the API''s code (STANDARD_DEVIATION ...). Here: result_measures.dispersion_type.';
comment on column ctgov.baseline_measurements.dispersion_value is 'AACT: the dispersion as written. Here: measurements.spread_raw.';
comment on column ctgov.baseline_measurements.dispersion_value_num is 'AACT: the dispersion as a number, NULL when it is not one. Here: from measurements.spread_raw.';
comment on column ctgov.baseline_measurements.dispersion_lower_limit is 'AACT: the lower limit (of a range or confidence interval) as a number. Here: from measurements.lower_limit_raw.';
comment on column ctgov.baseline_measurements.dispersion_upper_limit is 'AACT: the upper limit as a number. Here: from measurements.upper_limit_raw.';
comment on column ctgov.baseline_measurements.explanation_of_na is 'AACT: why a value is NA. Here: measurements.comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.baseline_measurements.number_analyzed is 'AACT: the group''s denominator in number_analyzed_units: the class''s, else the measure''s, else the module''s. Here: result_denoms, by the same rule.';
comment on column ctgov.baseline_measurements.number_analyzed_units is 'AACT: the denominator''s units, Participants when the measure names none. Here: result_measures.denom_units_selected.';
comment on column ctgov.baseline_measurements.population_description is 'AACT: the analysis population. Here: result_measures.population_description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.baseline_measurements.calculate_percentage is 'AACT: Yes or No: whether the registry computes percentages. Here: result_measures.calculate_pct.';
