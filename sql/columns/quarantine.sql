-- Add the columns of quarantine that a warehouse published by an earlier release lacks (each a
-- no-op on a current one). Run after sql/migrate, whose hand-written statements give an added
-- column a default where its old rows need one; a column added here is NULL on old rows until
-- their records are read again (every record is, when the parsing code changed).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table quarantine add column if not exists load_id varchar;
alter table quarantine add column if not exists source_uri varchar;
alter table quarantine add column if not exists nct_id varchar;
alter table quarantine add column if not exists stage varchar;
alter table quarantine add column if not exists reason varchar;
alter table quarantine add column if not exists detail varchar;
alter table quarantine add column if not exists field varchar;
alter table quarantine add column if not exists action varchar;
alter table quarantine add column if not exists recorded_at timestamp;
alter table quarantine add column if not exists occurrences bigint;
