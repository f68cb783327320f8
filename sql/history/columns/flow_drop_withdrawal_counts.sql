-- Add the columns of history.flow_drop_withdrawal_counts that a warehouse published by an earlier release lacks (each
-- a no-op on a current one): NULL on the versions stored before.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
alter table history.flow_drop_withdrawal_counts add column if not exists nct_id varchar;
alter table history.flow_drop_withdrawal_counts add column if not exists ordinal integer;
alter table history.flow_drop_withdrawal_counts add column if not exists source_kind varchar;
alter table history.flow_drop_withdrawal_counts add column if not exists group_ordinal integer;
alter table history.flow_drop_withdrawal_counts add column if not exists group_code varchar;
alter table history.flow_drop_withdrawal_counts add column if not exists period_ordinal integer;
alter table history.flow_drop_withdrawal_counts add column if not exists drop_withdrawal_ordinal integer;
alter table history.flow_drop_withdrawal_counts add column if not exists num_subjects integer;
alter table history.flow_drop_withdrawal_counts add column if not exists num_subjects_raw varchar;
alter table history.flow_drop_withdrawal_counts add column if not exists num_units integer;
alter table history.flow_drop_withdrawal_counts add column if not exists num_units_raw varchar;
alter table history.flow_drop_withdrawal_counts add column if not exists comment varchar;
