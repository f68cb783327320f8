-- Add the columns of text_as_written that a warehouse published by an earlier release lacks (each a
-- no-op on a current one). Run after sql/migrate, whose hand-written statements give an added
-- column a default where its old rows need one; a column added here is NULL on old rows until
-- their records are read again (every record is, when the parsing code changed).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table text_as_written add column if not exists nct_id varchar;
alter table text_as_written add column if not exists ordinal integer;
alter table text_as_written add column if not exists source_kind varchar;
alter table text_as_written add column if not exists table_name varchar;
alter table text_as_written add column if not exists row_ordinal integer;
alter table text_as_written add column if not exists column_name varchar;
alter table text_as_written add column if not exists written varchar;
