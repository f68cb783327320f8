-- Bring a warehouse published before JSON fields the parser does not know were counted up to
-- date (a no-op on a current one): each of its quarantine rows stands for one record.
alter table quarantine add column if not exists occurrences bigint default 1;
