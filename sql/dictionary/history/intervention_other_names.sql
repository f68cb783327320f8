-- history.intervention_other_names: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.intervention_other_names is 'Every version of intervention_other_names, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per other name (brand, code, synonym) of a trial''s intervention; JSON and API sources only. Grain: one row per other name of a trial''s intervention, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.intervention_other_names.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.intervention_other_names.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.intervention_other_names.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.intervention_other_names.intervention_ordinal is 'The intervention (interventions.ordinal of the same trial) the name belongs to.';
comment on column history.intervention_other_names.intervention_name is 'That intervention''s name. From the record: protocolSection.armsInterventionsModule.interventions.name.';
comment on column history.intervention_other_names.other_name is 'The other name. From the record: protocolSection.armsInterventionsModule.interventions.otherNames.';
comment on column history.intervention_other_names.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.intervention_other_names.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
