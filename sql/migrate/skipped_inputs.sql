-- Bring a warehouse published before skipped inputs were counted up to date (a no-op on a
-- current one): its runs skipped nothing they reported.
alter table load_runs add column if not exists inputs_skipped bigint default 0;
