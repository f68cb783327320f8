-- Add the columns of flow_drop_withdrawal_counts that a warehouse published by an earlier release lacks (each a
-- no-op on a current one). Run after sql/migrate, whose hand-written statements give an added
-- column a default where its old rows need one; a column added here is NULL on old rows until
-- their records are read again (every record is, when the parsing code changed).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table flow_drop_withdrawal_counts add column if not exists nct_id varchar;
alter table flow_drop_withdrawal_counts add column if not exists ordinal integer;
alter table flow_drop_withdrawal_counts add column if not exists source_kind varchar;
alter table flow_drop_withdrawal_counts add column if not exists group_ordinal integer;
alter table flow_drop_withdrawal_counts add column if not exists group_code varchar;
alter table flow_drop_withdrawal_counts add column if not exists period_ordinal integer;
alter table flow_drop_withdrawal_counts add column if not exists drop_withdrawal_ordinal integer;
alter table flow_drop_withdrawal_counts add column if not exists num_subjects integer;
alter table flow_drop_withdrawal_counts add column if not exists num_subjects_raw varchar;
alter table flow_drop_withdrawal_counts add column if not exists num_units integer;
alter table flow_drop_withdrawal_counts add column if not exists num_units_raw varchar;
alter table flow_drop_withdrawal_counts add column if not exists comment varchar;
