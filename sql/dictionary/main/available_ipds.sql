-- main.available_ipds: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table main.available_ipds is 'One row per individual participant data (IPD) set or document a trial makes available; JSON and API sources only. Grain: one row per participant data set or document a trial makes available. Key: nct_id, ordinal.';
comment on column main.available_ipds.nct_id is 'The trial this row belongs to (NCT########).';
comment on column main.available_ipds.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column main.available_ipds.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column main.available_ipds.ipd_id is 'Identifier of the data set or document. From the record: protocolSection.referencesModule.availIpds.id.';
comment on column main.available_ipds.ipd_type is 'What it is (Individual Participant Data Set, Study Protocol ...). From the record: protocolSection.referencesModule.availIpds.type.';
comment on column main.available_ipds.url is 'Where it is. From the record: protocolSection.referencesModule.availIpds.url.';
comment on column main.available_ipds.comment is 'Comment on it. From the record: protocolSection.referencesModule.availIpds.comment.';
