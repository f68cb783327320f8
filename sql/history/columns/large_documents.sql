-- Add the columns of history.large_documents that a warehouse published by an earlier release lacks (each
-- a no-op on a current one): NULL on the versions stored before.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table history.large_documents add column if not exists nct_id varchar;
alter table history.large_documents add column if not exists ordinal integer;
alter table history.large_documents add column if not exists source_kind varchar;
alter table history.large_documents add column if not exists type_abbrev varchar;
alter table history.large_documents add column if not exists has_protocol boolean;
alter table history.large_documents add column if not exists has_sap boolean;
alter table history.large_documents add column if not exists has_icf boolean;
alter table history.large_documents add column if not exists label varchar;
alter table history.large_documents add column if not exists document_date date;
alter table history.large_documents add column if not exists uploaded_at timestamp;
alter table history.large_documents add column if not exists filename varchar;
alter table history.large_documents add column if not exists size_bytes bigint;
alter table history.large_documents add column if not exists url varchar;
