-- history.links: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.links is 'Every version of links, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per related web link of a trial. Grain: one row per web link of a trial, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.links.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.links.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.links.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.links.url is 'Address of the linked page. From the record: protocolSection.referencesModule.seeAlsoLinks.url.';
comment on column history.links.label is 'What the link is. From the record: protocolSection.referencesModule.seeAlsoLinks.label.';
comment on column history.links.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.links.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
