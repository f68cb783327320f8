-- history.adverse_events: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.adverse_events is 'Every version of adverse_events, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per adverse event term a trial reports, serious or other (the numbers per group are in adverse_event_stats); JSON and API sources only. Grain: one row per adverse event term a trial reports (serious or other), per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.adverse_events.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.adverse_events.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.adverse_events.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.adverse_events.event_type is 'serious or other (not serious).';
comment on column history.adverse_events.term is 'The adverse event term (usually a MedDRA preferred term). From the record: resultsSection.adverseEventsModule.seriousEvents.term, resultsSection.adverseEventsModule.otherEvents.term.';
comment on column history.adverse_events.organ_system is 'The organ system class (MedDRA system organ class). From the record: resultsSection.adverseEventsModule.seriousEvents.organSystem, resultsSection.adverseEventsModule.otherEvents.organSystem.';
comment on column history.adverse_events.source_vocabulary is 'The vocabulary of the term as written (MedDRA 21.1 ...). From the record: resultsSection.adverseEventsModule.seriousEvents.sourceVocabulary, resultsSection.adverseEventsModule.otherEvents.sourceVocabulary.';
comment on column history.adverse_events.assessment_type is 'SYSTEMATIC_ASSESSMENT or NON_SYSTEMATIC_ASSESSMENT. From the record: resultsSection.adverseEventsModule.seriousEvents.assessmentType, resultsSection.adverseEventsModule.otherEvents.assessmentType.';
comment on column history.adverse_events.notes is 'Notes on the term. From the record: resultsSection.adverseEventsModule.seriousEvents.notes, resultsSection.adverseEventsModule.otherEvents.notes.';
comment on column history.adverse_events.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.adverse_events.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
