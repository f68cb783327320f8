-- Add the columns of results_submissions that a warehouse published by an earlier release lacks (each a
-- no-op on a current one). Run after sql/migrate, whose hand-written statements give an added
-- column a default where its old rows need one; a column added here is NULL on old rows until
-- their records are read again (every record is, when the parsing code changed).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table results_submissions add column if not exists nct_id varchar;
alter table results_submissions add column if not exists ordinal integer;
alter table results_submissions add column if not exists source_kind varchar;
alter table results_submissions add column if not exists release_date date;
alter table results_submissions add column if not exists unrelease_date date;
alter table results_submissions add column if not exists unrelease_date_unknown boolean;
alter table results_submissions add column if not exists reset_date date;
alter table results_submissions add column if not exists mcp_release_n integer;
