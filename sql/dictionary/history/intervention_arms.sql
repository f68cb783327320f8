-- history.intervention_arms: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.intervention_arms is 'Every version of intervention_arms, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per arm an intervention says it is given in (the other side of arm_interventions, as the record states it); JSON and API sources only. Grain: one row per arm an intervention names, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.intervention_arms.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.intervention_arms.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.intervention_arms.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.intervention_arms.intervention_ordinal is 'The intervention (interventions.ordinal of the same trial).';
comment on column history.intervention_arms.intervention_name is 'That intervention''s name. From the record: protocolSection.armsInterventionsModule.interventions.name.';
comment on column history.intervention_arms.arm_label is 'The arm''s label (arms.label of the same trial), as the intervention names it. From the record: protocolSection.armsInterventionsModule.interventions.armGroupLabels.';
comment on column history.intervention_arms.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.intervention_arms.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
