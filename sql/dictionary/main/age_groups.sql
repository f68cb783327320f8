-- main.age_groups: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table main.age_groups is 'One row per standard age group a trial admits; JSON and API sources only. Grain: one row per standard age group a trial admits. Key: nct_id, ordinal.';
comment on column main.age_groups.nct_id is 'The trial this row belongs to (NCT########).';
comment on column main.age_groups.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column main.age_groups.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column main.age_groups.age_group is 'CHILD (under 18), ADULT (18-64) or OLDER_ADULT (65 and over). From the record: protocolSection.eligibilityModule.stdAges.';
