-- bi.identifiers: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.identifiers is 'One row per other identifier of a trial: org study IDs, secondary IDs and NCT ID aliases. Grain: one row per other identifier of a trial. Key: nct_id, ordinal.';
comment on column bi.identifiers.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.identifiers.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.identifiers.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.identifiers.identifier is 'The identifier (EudraCT number, grant number, sponsor protocol ID ...). From the record: protocolSection.identificationModule.orgStudyIdInfo.id, protocolSection.identificationModule.secondaryIdInfos.id, protocolSection.identificationModule.nctIdAliases.';
comment on column bi.identifiers.identifier_type is 'Identifier type code (EUDRACT_NUMBER, NIH, REGISTRY ...); NULL when none. From the record: protocolSection.identificationModule.orgStudyIdInfo.type, protocolSection.identificationModule.secondaryIdInfos.type.';
comment on column bi.identifiers.identifier_source is 'secondary_id, org_study_id, or nct_id_alias (an NCT ID the registry merged into this trial).';
comment on column bi.identifiers.domain is 'Who issued the identifier (NIH/NIAID/DMID, a registry''s name); JSON and API sources only. From the record: protocolSection.identificationModule.orgStudyIdInfo.domain, protocolSection.identificationModule.secondaryIdInfos.domain.';
comment on column bi.identifiers.link is 'Where the identifier leads (a NIH RePORTER page ...); JSON and API sources only. From the record: protocolSection.identificationModule.orgStudyIdInfo.link, protocolSection.identificationModule.secondaryIdInfos.link.';
