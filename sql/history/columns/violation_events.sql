-- Add the columns of history.violation_events that a warehouse published by an earlier release lacks (each
-- a no-op on a current one): NULL on the versions stored before.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table history.violation_events add column if not exists nct_id varchar;
alter table history.violation_events add column if not exists ordinal integer;
alter table history.violation_events add column if not exists source_kind varchar;
alter table history.violation_events add column if not exists event_type varchar;
alter table history.violation_events add column if not exists description varchar;
alter table history.violation_events add column if not exists creation_date date;
alter table history.violation_events add column if not exists issued_date date;
alter table history.violation_events add column if not exists release_date date;
alter table history.violation_events add column if not exists posted_date date;
