-- Add the columns of flow_milestones that a warehouse published by an earlier release lacks (each a
-- no-op on a current one). Run after sql/migrate, whose hand-written statements give an added
-- column a default where its old rows need one; a column added here is NULL on old rows until
-- their records are read again (every record is, when the parsing code changed).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table flow_milestones add column if not exists nct_id varchar;
alter table flow_milestones add column if not exists ordinal integer;
alter table flow_milestones add column if not exists source_kind varchar;
alter table flow_milestones add column if not exists period_ordinal integer;
alter table flow_milestones add column if not exists milestone_type varchar;
alter table flow_milestones add column if not exists comment varchar;
