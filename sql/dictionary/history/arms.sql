-- history.arms: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.arms is 'Every version of arms, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per arm or cohort of a trial. Grain: one row per arm or cohort of a trial, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.arms.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.arms.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.arms.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.arms.label is 'Arm label as the registry gives it. From the record: protocolSection.armsInterventionsModule.armGroups.label.';
comment on column history.arms.arm_type is 'Arm type code (EXPERIMENTAL, PLACEBO_COMPARATOR ...); NULL for a cohort without one. From the record: protocolSection.armsInterventionsModule.armGroups.type.';
comment on column history.arms.description is 'What participants in the arm receive. From the record: protocolSection.armsInterventionsModule.armGroups.description.';
comment on column history.arms.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.arms.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
