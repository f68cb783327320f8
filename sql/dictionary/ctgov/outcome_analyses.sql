-- ctgov.outcome_analyses: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.outcome_analyses is 'AACT''s outcome_analyses: the statistical analyses of an outcome (method, estimate, confidence interval, p-value). Grain: one row per statistical analysis. Key: id.';
comment on column ctgov.outcome_analyses.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.outcome_analyses.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.outcome_analyses.outcome_id is 'AACT: the outcome''s id (join outcomes.id). Here: from outcome_analyses.measure_ordinal.';
comment on column ctgov.outcome_analyses.non_inferiority_type is 'AACT: SUPERIORITY, NON_INFERIORITY ... the API''s code. Here: outcome_analyses.non_inferiority_type.';
comment on column ctgov.outcome_analyses.non_inferiority_description is 'AACT: its comment. Here: outcome_analyses.non_inferiority_comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.outcome_analyses.param_type is 'AACT: the estimate''s type as written (Mean Difference (Final Values) ...). Here: outcome_analyses.param_type, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.outcome_analyses.param_value is 'AACT: the estimate, read as Rails reads text into a numeric column (its leading number, 0 when none). Here: from outcome_analyses.param_value_raw.';
comment on column ctgov.outcome_analyses.dispersion_type is 'AACT: STANDARD_DEVIATION or STANDARD_ERROR_OF_MEAN. Here: outcome_analyses.dispersion_type.';
comment on column ctgov.outcome_analyses.dispersion_value is 'AACT: the dispersion, read the same way. Here: from outcome_analyses.dispersion_value_raw.';
comment on column ctgov.outcome_analyses.p_value_modifier is 'AACT: what is left of the p-value without digits, points and minus signs (<, >=, or an empty string). Here: from outcome_analyses.p_value_raw.';
comment on column ctgov.outcome_analyses.p_value is 'AACT: the p-value without <, >, = and spaces, read as a number (0 when it is not one). Here: from outcome_analyses.p_value_raw.';
comment on column ctgov.outcome_analyses.ci_n_sides is 'AACT: ONE_SIDED or TWO_SIDED. Here: outcome_analyses.ci_num_sides.';
comment on column ctgov.outcome_analyses.ci_percent is 'AACT: the confidence level (95). Here: from outcome_analyses.ci_pct_value_raw.';
comment on column ctgov.outcome_analyses.ci_lower_limit is 'AACT: the interval''s lower limit, NULL when not a number. Here: from outcome_analyses.ci_lower_limit_raw.';
comment on column ctgov.outcome_analyses.ci_upper_limit is 'AACT: the interval''s upper limit, NULL when not a number. Here: from outcome_analyses.ci_upper_limit_raw.';
comment on column ctgov.outcome_analyses.ci_upper_limit_na_comment is 'AACT: why the upper limit is NA. Here: outcome_analyses.ci_upper_limit_comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.outcome_analyses.p_value_description is 'AACT: the p-value''s comment. Here: outcome_analyses.p_value_comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.outcome_analyses.method is 'AACT: the statistical method (ANCOVA, t-Test ...). Here: outcome_analyses.statistical_method, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.outcome_analyses.method_description is 'AACT: the method''s comment. Here: outcome_analyses.statistical_comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.outcome_analyses.estimate_description is 'AACT: the estimate''s comment. Here: outcome_analyses.estimate_comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.outcome_analyses.groups_description is 'AACT: the groups compared. Here: outcome_analyses.group_description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.outcome_analyses.other_analysis_description is 'AACT: another analysis''s description. Here: outcome_analyses.other_analysis_description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.outcome_analyses.ci_upper_limit_raw is 'AACT: the upper limit as written. Here: outcome_analyses.ci_upper_limit_raw.';
comment on column ctgov.outcome_analyses.ci_lower_limit_raw is 'AACT: the lower limit as written. Here: outcome_analyses.ci_lower_limit_raw.';
comment on column ctgov.outcome_analyses.p_value_raw is 'AACT: the p-value as written. Here: outcome_analyses.p_value_raw.';
