-- Add the columns of history.text_as_written that a warehouse published by an earlier release lacks (each
-- a no-op on a current one): NULL on the versions stored before.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table history.text_as_written add column if not exists nct_id varchar;
alter table history.text_as_written add column if not exists ordinal integer;
alter table history.text_as_written add column if not exists source_kind varchar;
alter table history.text_as_written add column if not exists table_name varchar;
alter table history.text_as_written add column if not exists row_ordinal integer;
alter table history.text_as_written add column if not exists column_name varchar;
alter table history.text_as_written add column if not exists written varchar;
