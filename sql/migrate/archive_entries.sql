-- Bring a warehouse published before archive entries were compared up to date (a no-op on a
-- current one): its records carry no entry CRC, so an archive it holds is read whole once more.
alter table file_manifest add column if not exists entry_crc32 bigint;
alter table file_manifest add column if not exists entry_size bigint;
