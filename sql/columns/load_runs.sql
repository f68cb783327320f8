-- Add the columns of load_runs that a warehouse published by an earlier release lacks (each a
-- no-op on a current one). Run after sql/migrate, whose hand-written statements give an added
-- column a default where its old rows need one; a column added here is NULL on old rows until
-- their records are read again (every record is, when the parsing code changed).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table load_runs add column if not exists load_id varchar;
alter table load_runs add column if not exists started_at timestamp;
alter table load_runs add column if not exists finished_at timestamp;
alter table load_runs add column if not exists status varchar;
alter table load_runs add column if not exists sources varchar;
alter table load_runs add column if not exists files_seen bigint;
alter table load_runs add column if not exists files_unchanged bigint;
alter table load_runs add column if not exists files_parsed bigint;
alter table load_runs add column if not exists records_loaded bigint;
alter table load_runs add column if not exists records_quarantined bigint;
alter table load_runs add column if not exists issues_recorded bigint;
alter table load_runs add column if not exists trials_total bigint;
alter table load_runs add column if not exists api_data_timestamp timestamp;
alter table load_runs add column if not exists inputs_skipped bigint;
alter table load_runs add column if not exists file_bytes bigint;
alter table load_runs add column if not exists compacted boolean;
alter table load_runs add column if not exists records_history bigint;
