-- bi.intervention_arms: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.intervention_arms is 'One row per arm an intervention says it is given in (the other side of arm_interventions, as the record states it); JSON and API sources only. Grain: one row per arm an intervention names. Key: nct_id, ordinal.';
comment on column bi.intervention_arms.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.intervention_arms.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.intervention_arms.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.intervention_arms.intervention_ordinal is 'The intervention (interventions.ordinal of the same trial).';
comment on column bi.intervention_arms.intervention_name is 'That intervention''s name. From the record: protocolSection.armsInterventionsModule.interventions.name.';
comment on column bi.intervention_arms.arm_label is 'The arm''s label (arms.label of the same trial), as the intervention names it. From the record: protocolSection.armsInterventionsModule.interventions.armGroupLabels.';
comment on column bi.intervention_arms.interventions_key is 'The interventions row this row names (nct_id:intervention_ordinal), to join bi.interventions on interventions_key alone.';
