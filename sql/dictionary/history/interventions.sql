-- history.interventions: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.interventions is 'Every version of interventions, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per intervention of a trial. Grain: one row per intervention of a trial, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.interventions.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.interventions.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.interventions.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.interventions.name is 'Intervention name. From the record: protocolSection.armsInterventionsModule.interventions.name.';
comment on column history.interventions.intervention_type is 'Intervention type code (DRUG, DEVICE, BEHAVIORAL ...). From the record: protocolSection.armsInterventionsModule.interventions.type.';
comment on column history.interventions.description is 'How the intervention is given. From the record: protocolSection.armsInterventionsModule.interventions.description.';
comment on column history.interventions.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.interventions.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
