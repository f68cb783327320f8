-- Add the columns of outcome_analyses that a warehouse published by an earlier release lacks (each a
-- no-op on a current one). Run after sql/migrate, whose hand-written statements give an added
-- column a default where its old rows need one; a column added here is NULL on old rows until
-- their records are read again (every record is, when the parsing code changed).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table outcome_analyses add column if not exists nct_id varchar;
alter table outcome_analyses add column if not exists ordinal integer;
alter table outcome_analyses add column if not exists source_kind varchar;
alter table outcome_analyses add column if not exists measure_ordinal integer;
alter table outcome_analyses add column if not exists param_type varchar;
alter table outcome_analyses add column if not exists param_value double;
alter table outcome_analyses add column if not exists param_value_modifier varchar;
alter table outcome_analyses add column if not exists param_value_raw varchar;
alter table outcome_analyses add column if not exists dispersion_type varchar;
alter table outcome_analyses add column if not exists dispersion_value double;
alter table outcome_analyses add column if not exists dispersion_value_modifier varchar;
alter table outcome_analyses add column if not exists dispersion_value_raw varchar;
alter table outcome_analyses add column if not exists statistical_method varchar;
alter table outcome_analyses add column if not exists statistical_comment varchar;
alter table outcome_analyses add column if not exists p_value double;
alter table outcome_analyses add column if not exists p_value_modifier varchar;
alter table outcome_analyses add column if not exists p_value_raw varchar;
alter table outcome_analyses add column if not exists p_value_comment varchar;
alter table outcome_analyses add column if not exists ci_num_sides varchar;
alter table outcome_analyses add column if not exists ci_pct_value double;
alter table outcome_analyses add column if not exists ci_pct_value_modifier varchar;
alter table outcome_analyses add column if not exists ci_pct_value_raw varchar;
alter table outcome_analyses add column if not exists ci_lower_limit double;
alter table outcome_analyses add column if not exists ci_lower_limit_modifier varchar;
alter table outcome_analyses add column if not exists ci_lower_limit_raw varchar;
alter table outcome_analyses add column if not exists ci_upper_limit double;
alter table outcome_analyses add column if not exists ci_upper_limit_modifier varchar;
alter table outcome_analyses add column if not exists ci_upper_limit_raw varchar;
alter table outcome_analyses add column if not exists ci_lower_limit_comment varchar;
alter table outcome_analyses add column if not exists ci_upper_limit_comment varchar;
alter table outcome_analyses add column if not exists estimate_comment varchar;
alter table outcome_analyses add column if not exists tested_non_inferiority boolean;
alter table outcome_analyses add column if not exists non_inferiority_type varchar;
alter table outcome_analyses add column if not exists non_inferiority_comment varchar;
alter table outcome_analyses add column if not exists other_analysis_description varchar;
alter table outcome_analyses add column if not exists group_description varchar;
