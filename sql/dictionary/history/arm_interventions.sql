-- history.arm_interventions: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.arm_interventions is 'Every version of arm_interventions, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). Which interventions each arm receives: one row per arm and intervention. Grain: one row per arm and an intervention it receives, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.arm_interventions.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.arm_interventions.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.arm_interventions.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.arm_interventions.arm_label is 'Label of the arm (arms.label). From the record: protocolSection.armsInterventionsModule.armGroups.label.';
comment on column history.arm_interventions.intervention_name is 'Name of the intervention given in that arm (interventions.name). From the record: protocolSection.armsInterventionsModule.armGroups.interventionNames.';
comment on column history.arm_interventions.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.arm_interventions.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
