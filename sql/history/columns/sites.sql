-- Add the columns of history.sites that a warehouse published by an earlier release lacks (each
-- a no-op on a current one): NULL on the versions stored before.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table history.sites add column if not exists nct_id varchar;
alter table history.sites add column if not exists ordinal integer;
alter table history.sites add column if not exists source_kind varchar;
alter table history.sites add column if not exists facility varchar;
alter table history.sites add column if not exists city varchar;
alter table history.sites add column if not exists state varchar;
alter table history.sites add column if not exists country varchar;
alter table history.sites add column if not exists status varchar;
alter table history.sites add column if not exists zip varchar;
alter table history.sites add column if not exists latitude double;
alter table history.sites add column if not exists longitude double;
