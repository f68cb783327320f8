-- bi.unposted_events: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.unposted_events is 'One row per event of a trial''s results submitted but not yet posted (AACT''s pending_results); JSON and API sources only. Grain: one row per event of a trial''s results submitted and not yet posted. Key: nct_id, ordinal.';
comment on column bi.unposted_events.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.unposted_events.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.unposted_events.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.unposted_events.event_type is 'RELEASE (submitted), UNRELEASE or RESET (returned). From the record: annotationSection.annotationModule.unpostedAnnotation.unpostedEvents.type.';
comment on column bi.unposted_events.event_date is 'Date of the event. From the record: annotationSection.annotationModule.unpostedAnnotation.unpostedEvents.date.';
comment on column bi.unposted_events.event_date_unknown is 'True when the registry does not know the event''s date. From the record: annotationSection.annotationModule.unpostedAnnotation.unpostedEvents.dateUnknown.';
