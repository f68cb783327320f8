-- bi.outcomes: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.outcomes is 'One row per outcome measure a trial registered; JSON and API sources only. Grain: one row per outcome measure a trial registered. Key: nct_id, ordinal.';
comment on column bi.outcomes.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.outcomes.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.outcomes.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.outcomes.outcome_type is 'PRIMARY, SECONDARY or OTHER.';
comment on column bi.outcomes.measure is 'What is measured. From the record: protocolSection.outcomesModule.primaryOutcomes.measure, protocolSection.outcomesModule.secondaryOutcomes.measure, protocolSection.outcomesModule.otherOutcomes.measure.';
comment on column bi.outcomes.description is 'How it is measured; NULL when the registry gives none. From the record: protocolSection.outcomesModule.primaryOutcomes.description, protocolSection.outcomesModule.secondaryOutcomes.description, protocolSection.outcomesModule.otherOutcomes.description.';
comment on column bi.outcomes.time_frame is 'When it is measured; NULL when the registry gives none. From the record: protocolSection.outcomesModule.primaryOutcomes.timeFrame, protocolSection.outcomesModule.secondaryOutcomes.timeFrame, protocolSection.outcomesModule.otherOutcomes.timeFrame.';
