-- bi.links: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.links is 'One row per related web link of a trial. Grain: one row per web link of a trial. Key: nct_id, ordinal.';
comment on column bi.links.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.links.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.links.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.links.url is 'Address of the linked page. From the record: protocolSection.referencesModule.seeAlsoLinks.url.';
comment on column bi.links.label is 'What the link is. From the record: protocolSection.referencesModule.seeAlsoLinks.label.';
