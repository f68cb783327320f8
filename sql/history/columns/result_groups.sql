-- Add the columns of history.result_groups that a warehouse published by an earlier release lacks (each
-- a no-op on a current one): NULL on the versions stored before.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table history.result_groups add column if not exists nct_id varchar;
alter table history.result_groups add column if not exists ordinal integer;
alter table history.result_groups add column if not exists source_kind varchar;
alter table history.result_groups add column if not exists result_type varchar;
alter table history.result_groups add column if not exists measure_ordinal integer;
alter table history.result_groups add column if not exists group_code varchar;
alter table history.result_groups add column if not exists title varchar;
alter table history.result_groups add column if not exists description varchar;
alter table history.result_groups add column if not exists deaths_num_affected integer;
alter table history.result_groups add column if not exists deaths_num_at_risk integer;
alter table history.result_groups add column if not exists serious_num_affected integer;
alter table history.result_groups add column if not exists serious_num_at_risk integer;
alter table history.result_groups add column if not exists other_num_affected integer;
alter table history.result_groups add column if not exists other_num_at_risk integer;
