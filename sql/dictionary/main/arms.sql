-- main.arms: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table main.arms is 'One row per arm or cohort of a trial. Grain: one row per arm or cohort of a trial. Key: nct_id, ordinal.';
comment on column main.arms.nct_id is 'The trial this row belongs to (NCT########).';
comment on column main.arms.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column main.arms.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column main.arms.label is 'Arm label as the registry gives it. From the record: protocolSection.armsInterventionsModule.armGroups.label.';
comment on column main.arms.arm_type is 'Arm type code (EXPERIMENTAL, PLACEBO_COMPARATOR ...); NULL for a cohort without one. From the record: protocolSection.armsInterventionsModule.armGroups.type.';
comment on column main.arms.description is 'What participants in the arm receive. From the record: protocolSection.armsInterventionsModule.armGroups.description.';
