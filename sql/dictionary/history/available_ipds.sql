-- history.available_ipds: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.available_ipds is 'Every version of available_ipds, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per individual participant data (IPD) set or document a trial makes available; JSON and API sources only. Grain: one row per participant data set or document a trial makes available, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.available_ipds.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.available_ipds.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.available_ipds.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.available_ipds.ipd_id is 'Identifier of the data set or document. From the record: protocolSection.referencesModule.availIpds.id.';
comment on column history.available_ipds.ipd_type is 'What it is (Individual Participant Data Set, Study Protocol ...). From the record: protocolSection.referencesModule.availIpds.type.';
comment on column history.available_ipds.url is 'Where it is. From the record: protocolSection.referencesModule.availIpds.url.';
comment on column history.available_ipds.comment is 'Comment on it. From the record: protocolSection.referencesModule.availIpds.comment.';
comment on column history.available_ipds.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.available_ipds.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
