-- main.violation_events: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table main.violation_events is 'One row per FDAAA 801 violation event the registry annotated on a trial; JSON and API sources only. Grain: one row per FDAAA 801 violation event annotated on a trial. Key: nct_id, ordinal.';
comment on column main.violation_events.nct_id is 'The trial this row belongs to (NCT########).';
comment on column main.violation_events.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column main.violation_events.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column main.violation_events.event_type is 'VIOLATION_IDENTIFIED, CORRECTION_CONFIRMED, PENALTY_IMPOSED or ISSUES_IN_LETTER_ADDRESSED_CONFIRMED. From the record: annotationSection.annotationModule.violationAnnotation.violationEvents.type.';
comment on column main.violation_events.description is 'What the event was. From the record: annotationSection.annotationModule.violationAnnotation.violationEvents.description.';
comment on column main.violation_events.creation_date is 'When the event was recorded. From the record: annotationSection.annotationModule.violationAnnotation.violationEvents.creationDate.';
comment on column main.violation_events.issued_date is 'When the FDA issued it. From the record: annotationSection.annotationModule.violationAnnotation.violationEvents.issuedDate.';
comment on column main.violation_events.release_date is 'When it was released. From the record: annotationSection.annotationModule.violationAnnotation.violationEvents.releaseDate.';
comment on column main.violation_events.posted_date is 'When it was posted. From the record: annotationSection.annotationModule.violationAnnotation.violationEvents.postedDate.';
