-- Add the columns of history.result_measures that a warehouse published by an earlier release lacks (each
-- a no-op on a current one): NULL on the versions stored before.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table history.result_measures add column if not exists nct_id varchar;
alter table history.result_measures add column if not exists ordinal integer;
alter table history.result_measures add column if not exists source_kind varchar;
alter table history.result_measures add column if not exists result_type varchar;
alter table history.result_measures add column if not exists outcome_type varchar;
alter table history.result_measures add column if not exists title varchar;
alter table history.result_measures add column if not exists description varchar;
alter table history.result_measures add column if not exists population_description varchar;
alter table history.result_measures add column if not exists reporting_status varchar;
alter table history.result_measures add column if not exists anticipated_posting_date date;
alter table history.result_measures add column if not exists anticipated_posting_date_raw varchar;
alter table history.result_measures add column if not exists param_type varchar;
alter table history.result_measures add column if not exists param_type_raw varchar;
alter table history.result_measures add column if not exists dispersion_type varchar;
alter table history.result_measures add column if not exists dispersion_type_raw varchar;
alter table history.result_measures add column if not exists unit_of_measure varchar;
alter table history.result_measures add column if not exists calculate_pct boolean;
alter table history.result_measures add column if not exists time_frame varchar;
alter table history.result_measures add column if not exists units_analyzed varchar;
alter table history.result_measures add column if not exists denom_units_selected varchar;
