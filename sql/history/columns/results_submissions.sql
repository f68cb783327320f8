-- Add the columns of history.results_submissions that a warehouse published by an earlier release lacks (each
-- a no-op on a current one): NULL on the versions stored before.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table history.results_submissions add column if not exists nct_id varchar;
alter table history.results_submissions add column if not exists ordinal integer;
alter table history.results_submissions add column if not exists source_kind varchar;
alter table history.results_submissions add column if not exists release_date date;
alter table history.results_submissions add column if not exists unrelease_date date;
alter table history.results_submissions add column if not exists unrelease_date_unknown boolean;
alter table history.results_submissions add column if not exists reset_date date;
alter table history.results_submissions add column if not exists mcp_release_n integer;
