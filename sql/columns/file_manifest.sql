-- Add the columns of file_manifest that a warehouse published by an earlier release lacks (each a
-- no-op on a current one). Run after sql/migrate, whose hand-written statements give an added
-- column a default where its old rows need one; a column added here is NULL on old rows until
-- their records are read again (every record is, when the parsing code changed).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table file_manifest add column if not exists source_uri varchar;
alter table file_manifest add column if not exists file_uri varchar;
alter table file_manifest add column if not exists sha256 varchar;
alter table file_manifest add column if not exists size_bytes bigint;
alter table file_manifest add column if not exists mtime_ns bigint;
alter table file_manifest add column if not exists nct_id varchar;
alter table file_manifest add column if not exists outcome varchar;
alter table file_manifest add column if not exists load_id varchar;
alter table file_manifest add column if not exists entry_crc32 bigint;
alter table file_manifest add column if not exists entry_size bigint;
alter table file_manifest add column if not exists parser_version varchar;
