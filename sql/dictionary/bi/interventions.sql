-- bi.interventions: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.interventions is 'One row per intervention of a trial. Grain: one row per intervention of a trial. Key: nct_id, ordinal.';
comment on column bi.interventions.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.interventions.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.interventions.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.interventions.name is 'Intervention name. From the record: protocolSection.armsInterventionsModule.interventions.name.';
comment on column bi.interventions.intervention_type is 'Intervention type code (DRUG, DEVICE, BEHAVIORAL ...). From the record: protocolSection.armsInterventionsModule.interventions.type.';
comment on column bi.interventions.description is 'How the intervention is given. From the record: protocolSection.armsInterventionsModule.interventions.description.';
comment on column bi.interventions.interventions_key is 'Single-column key of this row (nct_id:ordinal): the rows that name it carry the same interventions_key.';
