-- main.sponsors: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table main.sponsors is 'One row per sponsor organisation of a trial, lead and collaborators. Grain: one row per sponsor organisation of a trial. Key: nct_id, ordinal.';
comment on column main.sponsors.nct_id is 'The trial this row belongs to (NCT########).';
comment on column main.sponsors.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column main.sponsors.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column main.sponsors.name is 'Organisation name. From the record: protocolSection.sponsorCollaboratorsModule.leadSponsor.name, protocolSection.sponsorCollaboratorsModule.collaborators.name.';
comment on column main.sponsors.agency_class is 'Agency class code (INDUSTRY, NIH, OTHER ...). From the record: protocolSection.sponsorCollaboratorsModule.leadSponsor.class, protocolSection.sponsorCollaboratorsModule.collaborators.class.';
comment on column main.sponsors.role is 'lead or collaborator.';
