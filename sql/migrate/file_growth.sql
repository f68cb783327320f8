-- Bring a warehouse published before file sizes were kept up to date (a no-op on a current one):
-- its runs' sizes are unknown, so its next run compacts it (and records the size it starts from).
alter table load_runs add column if not exists file_bytes bigint;
alter table load_runs add column if not exists compacted boolean;
