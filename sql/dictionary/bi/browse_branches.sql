-- bi.browse_branches: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.browse_branches is 'One row per branch of the registry''s browse tree (Neoplasms, Heart and Blood Diseases ...) a trial''s conditions or interventions fall in; JSON and API sources only. Grain: one row per browse branch a trial falls in. Key: nct_id, ordinal.';
comment on column bi.browse_branches.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.browse_branches.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.browse_branches.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.browse_branches.domain is 'condition or intervention: which browse module the branch is from.';
comment on column bi.browse_branches.abbrev is 'Branch abbreviation (BC04, BXM ...). From the record: derivedSection.conditionBrowseModule.browseBranches.abbrev, derivedSection.interventionBrowseModule.browseBranches.abbrev.';
comment on column bi.browse_branches.name is 'Branch name (Neoplasms, All Drugs and Chemicals ...). From the record: derivedSection.conditionBrowseModule.browseBranches.name, derivedSection.interventionBrowseModule.browseBranches.name.';
