-- bi.ipd_info_types: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.ipd_info_types is 'One row per kind of information (protocol, SAP, ICF, CSR, code) a trial''s IPD sharing plan shares; JSON and API sources only. Grain: one row per kind of information a trial''s IPD sharing plan shares. Key: nct_id, ordinal.';
comment on column bi.ipd_info_types.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.ipd_info_types.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.ipd_info_types.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.ipd_info_types.info_type is 'STUDY_PROTOCOL, SAP, ICF, CSR or ANALYTIC_CODE. From the record: protocolSection.ipdSharingStatementModule.infoTypes.';
