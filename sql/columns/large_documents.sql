-- Add the columns of large_documents that a warehouse published by an earlier release lacks (each a
-- no-op on a current one). Run after sql/migrate, whose hand-written statements give an added
-- column a default where its old rows need one; a column added here is NULL on old rows until
-- their records are read again (every record is, when the parsing code changed).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table large_documents add column if not exists nct_id varchar;
alter table large_documents add column if not exists ordinal integer;
alter table large_documents add column if not exists source_kind varchar;
alter table large_documents add column if not exists type_abbrev varchar;
alter table large_documents add column if not exists has_protocol boolean;
alter table large_documents add column if not exists has_sap boolean;
alter table large_documents add column if not exists has_icf boolean;
alter table large_documents add column if not exists label varchar;
alter table large_documents add column if not exists document_date date;
alter table large_documents add column if not exists uploaded_at timestamp;
alter table large_documents add column if not exists filename varchar;
alter table large_documents add column if not exists size_bytes bigint;
alter table large_documents add column if not exists url varchar;
