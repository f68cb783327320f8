-- history.browse_branches: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.browse_branches is 'Every version of browse_branches, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per branch of the registry''s browse tree (Neoplasms, Heart and Blood Diseases ...) a trial''s conditions or interventions fall in; JSON and API sources only. Grain: one row per browse branch a trial falls in, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.browse_branches.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.browse_branches.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.browse_branches.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.browse_branches.domain is 'condition or intervention: which browse module the branch is from.';
comment on column history.browse_branches.abbrev is 'Branch abbreviation (BC04, BXM ...). From the record: derivedSection.conditionBrowseModule.browseBranches.abbrev, derivedSection.interventionBrowseModule.browseBranches.abbrev.';
comment on column history.browse_branches.name is 'Branch name (Neoplasms, All Drugs and Chemicals ...). From the record: derivedSection.conditionBrowseModule.browseBranches.name, derivedSection.interventionBrowseModule.browseBranches.name.';
comment on column history.browse_branches.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.browse_branches.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
