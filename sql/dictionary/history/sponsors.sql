-- history.sponsors: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.sponsors is 'Every version of sponsors, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per sponsor organisation of a trial, lead and collaborators. Grain: one row per sponsor organisation of a trial, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.sponsors.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.sponsors.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.sponsors.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.sponsors.name is 'Organisation name. From the record: protocolSection.sponsorCollaboratorsModule.leadSponsor.name, protocolSection.sponsorCollaboratorsModule.collaborators.name.';
comment on column history.sponsors.agency_class is 'Agency class code (INDUSTRY, NIH, OTHER ...). From the record: protocolSection.sponsorCollaboratorsModule.leadSponsor.class, protocolSection.sponsorCollaboratorsModule.collaborators.class.';
comment on column history.sponsors.role is 'lead or collaborator.';
comment on column history.sponsors.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.sponsors.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
