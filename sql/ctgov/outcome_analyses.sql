-- AACT's outcome_analyses: the statistical analyses of an outcome (method, estimate, confidence interval, p-value).
-- grain: one row per statistical analysis
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column outcome_id: AACT: the outcome's id (join outcomes.id). Here: from outcome_analyses.measure_ordinal.
-- column non_inferiority_type: AACT: SUPERIORITY, NON_INFERIORITY ... the API's code. Here: outcome_analyses.non_inferiority_type.
-- column non_inferiority_description: AACT: its comment. Here: outcome_analyses.non_inferiority_comment.
-- column param_type: AACT: the estimate's type as written (Mean Difference (Final Values) ...). Here: outcome_analyses.param_type.
-- column param_value: AACT: the estimate, read as Rails reads text into a numeric column (its leading number, 0 when none). Here: from outcome_analyses.param_value_raw.
-- column dispersion_type: AACT: STANDARD_DEVIATION or STANDARD_ERROR_OF_MEAN. Here: outcome_analyses.dispersion_type.
-- column dispersion_value: AACT: the dispersion, read the same way. Here: from outcome_analyses.dispersion_value_raw.
-- column p_value_modifier: AACT: what is left of the p-value without digits, points and minus signs (<, >=, or an empty string). Here: from outcome_analyses.p_value_raw.
-- column p_value: AACT: the p-value without <, >, = and spaces, read as a number (0 when it is not one). Here: from outcome_analyses.p_value_raw.
-- column ci_n_sides: AACT: ONE_SIDED or TWO_SIDED. Here: outcome_analyses.ci_num_sides.
-- column ci_percent: AACT: the confidence level (95). Here: from outcome_analyses.ci_pct_value_raw.
-- column ci_lower_limit: AACT: the interval's lower limit, NULL when not a number. Here: from outcome_analyses.ci_lower_limit_raw.
-- column ci_upper_limit: AACT: the interval's upper limit, NULL when not a number. Here: from outcome_analyses.ci_upper_limit_raw.
-- column ci_upper_limit_na_comment: AACT: why the upper limit is NA. Here: outcome_analyses.ci_upper_limit_comment.
-- column p_value_description: AACT: the p-value's comment. Here: outcome_analyses.p_value_comment.
-- column method: AACT: the statistical method (ANCOVA, t-Test ...). Here: outcome_analyses.statistical_method.
-- column method_description: AACT: the method's comment. Here: outcome_analyses.statistical_comment.
-- column estimate_description: AACT: the estimate's comment. Here: outcome_analyses.estimate_comment.
-- column groups_description: AACT: the groups compared. Here: outcome_analyses.group_description.
-- column other_analysis_description: AACT: another analysis's description. Here: outcome_analyses.other_analysis_description.
-- column ci_upper_limit_raw: AACT: the upper limit as written. Here: outcome_analyses.ci_upper_limit_raw.
-- column ci_lower_limit_raw: AACT: the lower limit as written. Here: outcome_analyses.ci_lower_limit_raw.
-- column p_value_raw: AACT: the p-value as written. Here: outcome_analyses.p_value_raw.
create or replace view ctgov.outcome_analyses as
select
    substr(a.nct_id, 4)::bigint * 1000000000 + a.ordinal as id,
    a.nct_id,
    substr(a.nct_id, 4)::bigint * 1000000000 + a.measure_ordinal as outcome_id,
    a.non_inferiority_type,
    a.non_inferiority_comment as non_inferiority_description,
    a.param_type,
    case when a.param_value_raw is not null then coalesce(try_cast(regexp_extract(a.param_value_raw, '^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?') as double), 0) end as param_value,
    a.dispersion_type,
    case when a.dispersion_value_raw is not null then coalesce(try_cast(regexp_extract(a.dispersion_value_raw, '^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?') as double), 0) end as dispersion_value,
    trim(regexp_replace(a.p_value_raw, '[0-9.-]', '', 'g')) as p_value_modifier,
    case when regexp_replace(a.p_value_raw, '[<> =]', '', 'g') is not null then coalesce(try_cast(regexp_extract(regexp_replace(a.p_value_raw, '[<> =]', '', 'g'), '^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?') as double), 0) end as p_value,
    a.ci_num_sides as ci_n_sides,
    try_cast(trim(a.ci_pct_value_raw) as double) as ci_percent,
    try_cast(trim(a.ci_lower_limit_raw) as double) as ci_lower_limit,
    try_cast(trim(a.ci_upper_limit_raw) as double) as ci_upper_limit,
    a.ci_upper_limit_comment as ci_upper_limit_na_comment,
    a.p_value_comment as p_value_description,
    a.statistical_method as method,
    a.statistical_comment as method_description,
    a.estimate_comment as estimate_description,
    a.group_description as groups_description,
    a.other_analysis_description,
    a.ci_upper_limit_raw,
    a.ci_lower_limit_raw,
    a.p_value_raw
from main.outcome_analyses as a;
