-- Add the columns of history.measurements that a warehouse published by an earlier release lacks (each
-- a no-op on a current one): NULL on the versions stored before.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table history.measurements add column if not exists nct_id varchar;
alter table history.measurements add column if not exists ordinal integer;
alter table history.measurements add column if not exists source_kind varchar;
alter table history.measurements add column if not exists group_ordinal integer;
alter table history.measurements add column if not exists group_code varchar;
alter table history.measurements add column if not exists measure_ordinal integer;
alter table history.measurements add column if not exists class_ordinal integer;
alter table history.measurements add column if not exists category_ordinal integer;
alter table history.measurements add column if not exists value double;
alter table history.measurements add column if not exists value_modifier varchar;
alter table history.measurements add column if not exists value_raw varchar;
alter table history.measurements add column if not exists spread double;
alter table history.measurements add column if not exists spread_modifier varchar;
alter table history.measurements add column if not exists spread_raw varchar;
alter table history.measurements add column if not exists lower_limit double;
alter table history.measurements add column if not exists lower_limit_modifier varchar;
alter table history.measurements add column if not exists lower_limit_raw varchar;
alter table history.measurements add column if not exists upper_limit double;
alter table history.measurements add column if not exists upper_limit_modifier varchar;
alter table history.measurements add column if not exists upper_limit_raw varchar;
alter table history.measurements add column if not exists comment varchar;
