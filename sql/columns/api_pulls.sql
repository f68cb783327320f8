-- Add the columns of api_pulls that a warehouse published by an earlier release lacks (each a
-- no-op on a current one). Run after sql/migrate, whose hand-written statements give an added
-- column a default where its old rows need one; a column added here is NULL on old rows until
-- their records are read again (every record is, when the parsing code changed).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table api_pulls add column if not exists load_id varchar;
alter table api_pulls add column if not exists scope varchar;
alter table api_pulls add column if not exists base_url varchar;
alter table api_pulls add column if not exists since date;
alter table api_pulls add column if not exists watermark date;
alter table api_pulls add column if not exists data_timestamp timestamp;
alter table api_pulls add column if not exists pages bigint;
alter table api_pulls add column if not exists studies bigint;
alter table api_pulls add column if not exists folder varchar;
alter table api_pulls add column if not exists started_at timestamp;
alter table api_pulls add column if not exists finished_at timestamp;
