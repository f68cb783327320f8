-- main.outcome_analysis_groups: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table main.outcome_analysis_groups is 'One row per group a statistical analysis of an outcome measure compares; JSON and API sources only. Grain: one row per group a statistical analysis of an outcome measure compares. Key: nct_id, ordinal.';
comment on column main.outcome_analysis_groups.nct_id is 'The trial this row belongs to (NCT########).';
comment on column main.outcome_analysis_groups.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column main.outcome_analysis_groups.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column main.outcome_analysis_groups.group_ordinal is 'The group (result_groups.ordinal of the same trial) group_code names; NULL when the module lists no such group.';
comment on column main.outcome_analysis_groups.group_code is 'The outcome group''s code, as written (OG000 ...). From the record: resultsSection.outcomeMeasuresModule.outcomeMeasures.analyses.groupIds.';
comment on column main.outcome_analysis_groups.measure_ordinal is 'The outcome measure (result_measures.ordinal of the same trial) this row belongs to.';
comment on column main.outcome_analysis_groups.analysis_ordinal is 'The analysis (outcome_analyses.ordinal of the same trial) this row belongs to.';
