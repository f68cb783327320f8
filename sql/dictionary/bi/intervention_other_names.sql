-- bi.intervention_other_names: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.intervention_other_names is 'One row per other name (brand, code, synonym) of a trial''s intervention; JSON and API sources only. Grain: one row per other name of a trial''s intervention. Key: nct_id, ordinal.';
comment on column bi.intervention_other_names.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.intervention_other_names.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.intervention_other_names.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.intervention_other_names.intervention_ordinal is 'The intervention (interventions.ordinal of the same trial) the name belongs to.';
comment on column bi.intervention_other_names.intervention_name is 'That intervention''s name. From the record: protocolSection.armsInterventionsModule.interventions.name.';
comment on column bi.intervention_other_names.other_name is 'The other name. From the record: protocolSection.armsInterventionsModule.interventions.otherNames.';
comment on column bi.intervention_other_names.interventions_key is 'The interventions row this row names (nct_id:intervention_ordinal), to join bi.interventions on interventions_key alone.';
