-- AACT's outcome_analyses: the statistical analyses of an outcome (method, estimate, confidence interval, p-value).
-- grain: one row per statistical analysis
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column outcome_id: AACT: the outcome's id (join outcomes.id). Here: from outcome_analyses.measure_ordinal.
-- column non_inferiority_type: AACT: SUPERIORITY, NON_INFERIORITY ... the API's code. Here: outcome_analyses.non_inferiority_type.
-- column non_inferiority_description: AACT: its comment. Here: outcome_analyses.non_inferiority_comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column param_type: AACT: the estimate's type as written (Mean Difference (Final Values) ...). Here: outcome_analyses.param_type, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column param_value: AACT: the estimate, read as Rails reads text into a numeric column (its leading number, 0 when none). Here: from outcome_analyses.param_value_raw.
-- column dispersion_type: AACT: STANDARD_DEVIATION or STANDARD_ERROR_OF_MEAN. Here: outcome_analyses.dispersion_type.
-- column dispersion_value: AACT: the dispersion, read the same way. Here: from outcome_analyses.dispersion_value_raw.
-- column p_value_modifier: AACT: what is left of the p-value without digits, points and minus signs (<, >=, or an empty string). Here: from outcome_analyses.p_value_raw.
-- column p_value: AACT: the p-value without <, >, = and spaces, read as a number (0 when it is not one). Here: from outcome_analyses.p_value_raw.
-- column ci_n_sides: AACT: ONE_SIDED or TWO_SIDED. Here: outcome_analyses.ci_num_sides.
-- column ci_percent: AACT: the confidence level (95). Here: from outcome_analyses.ci_pct_value_raw.
-- column ci_lower_limit: AACT: the interval's lower limit, NULL when not a number. Here: from outcome_analyses.ci_lower_limit_raw.
-- column ci_upper_limit: AACT: the interval's upper limit, NULL when not a number. Here: from outcome_analyses.ci_upper_limit_raw.
-- column ci_upper_limit_na_comment: AACT: why the upper limit is NA. Here: outcome_analyses.ci_upper_limit_comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column p_value_description: AACT: the p-value's comment. Here: outcome_analyses.p_value_comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column method: AACT: the statistical method (ANCOVA, t-Test ...). Here: outcome_analyses.statistical_method, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column method_description: AACT: the method's comment. Here: outcome_analyses.statistical_comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column estimate_description: AACT: the estimate's comment. Here: outcome_analyses.estimate_comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column groups_description: AACT: the groups compared. Here: outcome_analyses.group_description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column other_analysis_description: AACT: another analysis's description. Here: outcome_analyses.other_analysis_description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column ci_upper_limit_raw: AACT: the upper limit as written. Here: outcome_analyses.ci_upper_limit_raw.
-- column ci_lower_limit_raw: AACT: the lower limit as written. Here: outcome_analyses.ci_lower_limit_raw.
-- column p_value_raw: AACT: the p-value as written. Here: outcome_analyses.p_value_raw.
create or replace view ctgov.outcome_analyses as
select
    substr(a.nct_id, 4)::bigint * 1000000000 + a.ordinal as id,
    a.nct_id,
    substr(a.nct_id, 4)::bigint * 1000000000 + a.measure_ordinal as outcome_id,
    a.non_inferiority_type,
    coalesce(w_a.non_inferiority_comment, a.non_inferiority_comment) as non_inferiority_description,
    coalesce(w_a.param_type, a.param_type) as param_type,
    case when a.param_value_raw is not null then coalesce(try_cast(regexp_extract(a.param_value_raw, '^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?') as double), 0) end as param_value,
    a.dispersion_type,
    case when a.dispersion_value_raw is not null then coalesce(try_cast(regexp_extract(a.dispersion_value_raw, '^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?') as double), 0) end as dispersion_value,
    trim(regexp_replace(a.p_value_raw, '[0-9.-]', '', 'g')) as p_value_modifier,
    case when regexp_replace(a.p_value_raw, '[<> =]', '', 'g') is not null then coalesce(try_cast(regexp_extract(regexp_replace(a.p_value_raw, '[<> =]', '', 'g'), '^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?') as double), 0) end as p_value,
    a.ci_num_sides as ci_n_sides,
    try_cast(trim(a.ci_pct_value_raw) as double) as ci_percent,
    try_cast(trim(a.ci_lower_limit_raw) as double) as ci_lower_limit,
    try_cast(trim(a.ci_upper_limit_raw) as double) as ci_upper_limit,
    coalesce(w_a.ci_upper_limit_comment, a.ci_upper_limit_comment) as ci_upper_limit_na_comment,
    coalesce(w_a.p_value_comment, a.p_value_comment) as p_value_description,
    coalesce(w_a.statistical_method, a.statistical_method) as method,
    coalesce(w_a.statistical_comment, a.statistical_comment) as method_description,
    coalesce(w_a.estimate_comment, a.estimate_comment) as estimate_description,
    coalesce(w_a.group_description, a.group_description) as groups_description,
    coalesce(w_a.other_analysis_description, a.other_analysis_description) as other_analysis_description,
    a.ci_upper_limit_raw,
    a.ci_lower_limit_raw,
    a.p_value_raw
from main.outcome_analyses as a
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'non_inferiority_comment') as non_inferiority_comment,
        max(written) filter (where column_name = 'param_type') as param_type,
        max(written) filter (where column_name = 'statistical_method') as statistical_method,
        max(written) filter (where column_name = 'statistical_comment') as statistical_comment,
        max(written) filter (where column_name = 'estimate_comment') as estimate_comment,
        max(written) filter (where column_name = 'group_description') as group_description,
        max(written) filter (where column_name = 'other_analysis_description') as other_analysis_description,
        max(written) filter (where column_name = 'p_value_comment') as p_value_comment,
        max(written) filter (where column_name = 'ci_upper_limit_comment') as ci_upper_limit_comment
    from main.text_as_written
    where table_name = 'outcome_analyses'
    group by nct_id, row_ordinal
) as w_a on w_a.nct_id = a.nct_id and w_a.row_ordinal = a.ordinal;
