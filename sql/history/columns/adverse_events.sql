-- Add the columns of history.adverse_events that a warehouse published by an earlier release lacks (each
-- a no-op on a current one): NULL on the versions stored before.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table history.adverse_events add column if not exists nct_id varchar;
alter table history.adverse_events add column if not exists ordinal integer;
alter table history.adverse_events add column if not exists source_kind varchar;
alter table history.adverse_events add column if not exists event_type varchar;
alter table history.adverse_events add column if not exists term varchar;
alter table history.adverse_events add column if not exists organ_system varchar;
alter table history.adverse_events add column if not exists source_vocabulary varchar;
alter table history.adverse_events add column if not exists assessment_type varchar;
alter table history.adverse_events add column if not exists notes varchar;
