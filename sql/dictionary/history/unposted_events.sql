-- history.unposted_events: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.unposted_events is 'Every version of unposted_events, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per event of a trial''s results submitted but not yet posted (AACT''s pending_results); JSON and API sources only. Grain: one row per event of a trial''s results submitted and not yet posted, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.unposted_events.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.unposted_events.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.unposted_events.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.unposted_events.event_type is 'RELEASE (submitted), UNRELEASE or RESET (returned). From the record: annotationSection.annotationModule.unpostedAnnotation.unpostedEvents.type.';
comment on column history.unposted_events.event_date is 'Date of the event. From the record: annotationSection.annotationModule.unpostedAnnotation.unpostedEvents.date.';
comment on column history.unposted_events.event_date_unknown is 'True when the registry does not know the event''s date. From the record: annotationSection.annotationModule.unpostedAnnotation.unpostedEvents.dateUnknown.';
comment on column history.unposted_events.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.unposted_events.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
