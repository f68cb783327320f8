-- bi.adverse_events: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.adverse_events is 'One row per adverse event term a trial reports, serious or other (the numbers per group are in adverse_event_stats); JSON and API sources only. Grain: one row per adverse event term a trial reports (serious or other). Key: nct_id, ordinal.';
comment on column bi.adverse_events.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.adverse_events.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.adverse_events.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.adverse_events.event_type is 'serious or other (not serious).';
comment on column bi.adverse_events.term is 'The adverse event term (usually a MedDRA preferred term). From the record: resultsSection.adverseEventsModule.seriousEvents.term, resultsSection.adverseEventsModule.otherEvents.term.';
comment on column bi.adverse_events.organ_system is 'The organ system class (MedDRA system organ class). From the record: resultsSection.adverseEventsModule.seriousEvents.organSystem, resultsSection.adverseEventsModule.otherEvents.organSystem.';
comment on column bi.adverse_events.source_vocabulary is 'The vocabulary of the term as written (MedDRA 21.1 ...). From the record: resultsSection.adverseEventsModule.seriousEvents.sourceVocabulary, resultsSection.adverseEventsModule.otherEvents.sourceVocabulary.';
comment on column bi.adverse_events.assessment_type is 'SYSTEMATIC_ASSESSMENT or NON_SYSTEMATIC_ASSESSMENT. From the record: resultsSection.adverseEventsModule.seriousEvents.assessmentType, resultsSection.adverseEventsModule.otherEvents.assessmentType.';
comment on column bi.adverse_events.notes is 'Notes on the term. From the record: resultsSection.adverseEventsModule.seriousEvents.notes, resultsSection.adverseEventsModule.otherEvents.notes.';
comment on column bi.adverse_events.adverse_events_key is 'Single-column key of this row (nct_id:ordinal): the rows that name it carry the same adverse_events_key.';
