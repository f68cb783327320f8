-- bi.arm_interventions: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.arm_interventions is 'Which interventions each arm receives: one row per arm and intervention. Grain: one row per arm and an intervention it receives. Key: nct_id, ordinal.';
comment on column bi.arm_interventions.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.arm_interventions.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.arm_interventions.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.arm_interventions.arm_label is 'Label of the arm (arms.label). From the record: protocolSection.armsInterventionsModule.armGroups.label.';
comment on column bi.arm_interventions.intervention_name is 'Name of the intervention given in that arm (interventions.name). From the record: protocolSection.armsInterventionsModule.armGroups.interventionNames.';
