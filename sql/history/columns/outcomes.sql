-- Add the columns of history.outcomes that a warehouse published by an earlier release lacks (each
-- a no-op on a current one): NULL on the versions stored before.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table history.outcomes add column if not exists nct_id varchar;
alter table history.outcomes add column if not exists ordinal integer;
alter table history.outcomes add column if not exists source_kind varchar;
alter table history.outcomes add column if not exists outcome_type varchar;
alter table history.outcomes add column if not exists measure varchar;
alter table history.outcomes add column if not exists description varchar;
alter table history.outcomes add column if not exists time_frame varchar;
