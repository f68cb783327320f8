-- history.identifiers: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.identifiers is 'Every version of identifiers, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per other identifier of a trial: org study IDs, secondary IDs and NCT ID aliases. Grain: one row per other identifier of a trial, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.identifiers.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.identifiers.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.identifiers.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.identifiers.identifier is 'The identifier (EudraCT number, grant number, sponsor protocol ID ...). From the record: protocolSection.identificationModule.orgStudyIdInfo.id, protocolSection.identificationModule.secondaryIdInfos.id, protocolSection.identificationModule.nctIdAliases.';
comment on column history.identifiers.identifier_type is 'Identifier type code (EUDRACT_NUMBER, NIH, REGISTRY ...); NULL when none. From the record: protocolSection.identificationModule.orgStudyIdInfo.type, protocolSection.identificationModule.secondaryIdInfos.type.';
comment on column history.identifiers.identifier_source is 'secondary_id, org_study_id, or nct_id_alias (an NCT ID the registry merged into this trial).';
comment on column history.identifiers.domain is 'Who issued the identifier (NIH/NIAID/DMID, a registry''s name); JSON and API sources only. From the record: protocolSection.identificationModule.orgStudyIdInfo.domain, protocolSection.identificationModule.secondaryIdInfos.domain.';
comment on column history.identifiers.link is 'Where the identifier leads (a NIH RePORTER page ...); JSON and API sources only. From the record: protocolSection.identificationModule.orgStudyIdInfo.link, protocolSection.identificationModule.secondaryIdInfos.link.';
comment on column history.identifiers.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.identifiers.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
