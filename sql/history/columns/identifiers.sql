-- Add the columns of history.identifiers that a warehouse published by an earlier release lacks (each
-- a no-op on a current one): NULL on the versions stored before.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table history.identifiers add column if not exists nct_id varchar;
alter table history.identifiers add column if not exists ordinal integer;
alter table history.identifiers add column if not exists source_kind varchar;
alter table history.identifiers add column if not exists identifier varchar;
alter table history.identifiers add column if not exists identifier_type varchar;
alter table history.identifiers add column if not exists identifier_source varchar;
alter table history.identifiers add column if not exists domain varchar;
alter table history.identifiers add column if not exists link varchar;
