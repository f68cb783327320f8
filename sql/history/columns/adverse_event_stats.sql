-- Add the columns of history.adverse_event_stats that a warehouse published by an earlier release lacks (each
-- a no-op on a current one): NULL on the versions stored before.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table history.adverse_event_stats add column if not exists nct_id varchar;
alter table history.adverse_event_stats add column if not exists ordinal integer;
alter table history.adverse_event_stats add column if not exists source_kind varchar;
alter table history.adverse_event_stats add column if not exists group_ordinal integer;
alter table history.adverse_event_stats add column if not exists group_code varchar;
alter table history.adverse_event_stats add column if not exists event_ordinal integer;
alter table history.adverse_event_stats add column if not exists num_events integer;
alter table history.adverse_event_stats add column if not exists num_affected integer;
alter table history.adverse_event_stats add column if not exists num_at_risk integer;
