-- main.interventions: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table main.interventions is 'One row per intervention of a trial. Grain: one row per intervention of a trial. Key: nct_id, ordinal.';
comment on column main.interventions.nct_id is 'The trial this row belongs to (NCT########).';
comment on column main.interventions.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column main.interventions.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column main.interventions.name is 'Intervention name. From the record: protocolSection.armsInterventionsModule.interventions.name.';
comment on column main.interventions.intervention_type is 'Intervention type code (DRUG, DEVICE, BEHAVIORAL ...). From the record: protocolSection.armsInterventionsModule.interventions.type.';
comment on column main.interventions.description is 'How the intervention is given. From the record: protocolSection.armsInterventionsModule.interventions.description.';
