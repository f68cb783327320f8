-- Add the columns of measurements that a warehouse published by an earlier release lacks (each a
-- no-op on a current one). Run after sql/migrate, whose hand-written statements give an added
-- column a default where its old rows need one; a column added here is NULL on old rows until
-- their records are read again (every record is, when the parsing code changed).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table measurements add column if not exists nct_id varchar;
alter table measurements add column if not exists ordinal integer;
alter table measurements add column if not exists source_kind varchar;
alter table measurements add column if not exists group_ordinal integer;
alter table measurements add column if not exists group_code varchar;
alter table measurements add column if not exists measure_ordinal integer;
alter table measurements add column if not exists class_ordinal integer;
alter table measurements add column if not exists category_ordinal integer;
alter table measurements add column if not exists value double;
alter table measurements add column if not exists value_modifier varchar;
alter table measurements add column if not exists value_raw varchar;
alter table measurements add column if not exists spread double;
alter table measurements add column if not exists spread_modifier varchar;
alter table measurements add column if not exists spread_raw varchar;
alter table measurements add column if not exists lower_limit double;
alter table measurements add column if not exists lower_limit_modifier varchar;
alter table measurements add column if not exists lower_limit_raw varchar;
alter table measurements add column if not exists upper_limit double;
alter table measurements add column if not exists upper_limit_modifier varchar;
alter table measurements add column if not exists upper_limit_raw varchar;
alter table measurements add column if not exists comment varchar;
