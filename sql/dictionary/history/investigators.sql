-- history.investigators: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.investigators is 'Every version of investigators, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per overall official of a trial. Grain: one row per overall official of a trial, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.investigators.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.investigators.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.investigators.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.investigators.name is 'Name and degrees of the person. From the record: protocolSection.contactsLocationsModule.overallOfficials.name.';
comment on column history.investigators.role is 'Official role code (PRINCIPAL_INVESTIGATOR, STUDY_CHAIR ...); NULL when none. From the record: protocolSection.contactsLocationsModule.overallOfficials.role.';
comment on column history.investigators.affiliation is 'Institution of the person. From the record: protocolSection.contactsLocationsModule.overallOfficials.affiliation.';
comment on column history.investigators.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.investigators.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
