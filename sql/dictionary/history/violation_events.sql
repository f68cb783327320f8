-- history.violation_events: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.violation_events is 'Every version of violation_events, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per FDAAA 801 violation event the registry annotated on a trial; JSON and API sources only. Grain: one row per FDAAA 801 violation event annotated on a trial, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.violation_events.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.violation_events.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.violation_events.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.violation_events.event_type is 'VIOLATION_IDENTIFIED, CORRECTION_CONFIRMED, PENALTY_IMPOSED or ISSUES_IN_LETTER_ADDRESSED_CONFIRMED. From the record: annotationSection.annotationModule.violationAnnotation.violationEvents.type.';
comment on column history.violation_events.description is 'What the event was. From the record: annotationSection.annotationModule.violationAnnotation.violationEvents.description.';
comment on column history.violation_events.creation_date is 'When the event was recorded. From the record: annotationSection.annotationModule.violationAnnotation.violationEvents.creationDate.';
comment on column history.violation_events.issued_date is 'When the FDA issued it. From the record: annotationSection.annotationModule.violationAnnotation.violationEvents.issuedDate.';
comment on column history.violation_events.release_date is 'When it was released. From the record: annotationSection.annotationModule.violationAnnotation.violationEvents.releaseDate.';
comment on column history.violation_events.posted_date is 'When it was posted. From the record: annotationSection.annotationModule.violationAnnotation.violationEvents.postedDate.';
comment on column history.violation_events.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.violation_events.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
