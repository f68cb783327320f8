-- history.outcomes: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.outcomes is 'Every version of outcomes, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per outcome measure a trial registered; JSON and API sources only. Grain: one row per outcome measure a trial registered, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.outcomes.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.outcomes.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.outcomes.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.outcomes.outcome_type is 'PRIMARY, SECONDARY or OTHER.';
comment on column history.outcomes.measure is 'What is measured. From the record: protocolSection.outcomesModule.primaryOutcomes.measure, protocolSection.outcomesModule.secondaryOutcomes.measure, protocolSection.outcomesModule.otherOutcomes.measure.';
comment on column history.outcomes.description is 'How it is measured; NULL when the registry gives none. From the record: protocolSection.outcomesModule.primaryOutcomes.description, protocolSection.outcomesModule.secondaryOutcomes.description, protocolSection.outcomesModule.otherOutcomes.description.';
comment on column history.outcomes.time_frame is 'When it is measured; NULL when the registry gives none. From the record: protocolSection.outcomesModule.primaryOutcomes.timeFrame, protocolSection.outcomesModule.secondaryOutcomes.timeFrame, protocolSection.outcomesModule.otherOutcomes.timeFrame.';
comment on column history.outcomes.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.outcomes.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
