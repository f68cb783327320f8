-- history.ipd_info_types: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.ipd_info_types is 'Every version of ipd_info_types, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per kind of information (protocol, SAP, ICF, CSR, code) a trial''s IPD sharing plan shares; JSON and API sources only. Grain: one row per kind of information a trial''s IPD sharing plan shares, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.ipd_info_types.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.ipd_info_types.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.ipd_info_types.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.ipd_info_types.info_type is 'STUDY_PROTOCOL, SAP, ICF, CSR or ANALYTIC_CODE. From the record: protocolSection.ipdSharingStatementModule.infoTypes.';
comment on column history.ipd_info_types.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.ipd_info_types.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
