-- bi.investigators: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.investigators is 'One row per overall official of a trial. Grain: one row per overall official of a trial. Key: nct_id, ordinal.';
comment on column bi.investigators.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.investigators.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.investigators.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.investigators.name is 'Name and degrees of the person. From the record: protocolSection.contactsLocationsModule.overallOfficials.name.';
comment on column bi.investigators.role is 'Official role code (PRINCIPAL_INVESTIGATOR, STUDY_CHAIR ...); NULL when none. From the record: protocolSection.contactsLocationsModule.overallOfficials.role.';
comment on column bi.investigators.affiliation is 'Institution of the person. From the record: protocolSection.contactsLocationsModule.overallOfficials.affiliation.';
