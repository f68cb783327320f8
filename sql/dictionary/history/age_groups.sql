-- history.age_groups: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.age_groups is 'Every version of age_groups, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per standard age group a trial admits; JSON and API sources only. Grain: one row per standard age group a trial admits, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.age_groups.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.age_groups.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.age_groups.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.age_groups.age_group is 'CHILD (under 18), ADULT (18-64) or OLDER_ADULT (65 and over). From the record: protocolSection.eligibilityModule.stdAges.';
comment on column history.age_groups.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.age_groups.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
