-- history.outcome_analysis_groups: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.outcome_analysis_groups is 'Every version of outcome_analysis_groups, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per group a statistical analysis of an outcome measure compares; JSON and API sources only. Grain: one row per group a statistical analysis of an outcome measure compares, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.outcome_analysis_groups.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.outcome_analysis_groups.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.outcome_analysis_groups.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.outcome_analysis_groups.group_ordinal is 'The group (result_groups.ordinal of the same trial) group_code names; NULL when the module lists no such group.';
comment on column history.outcome_analysis_groups.group_code is 'The outcome group''s code, as written (OG000 ...). From the record: resultsSection.outcomeMeasuresModule.outcomeMeasures.analyses.groupIds.';
comment on column history.outcome_analysis_groups.measure_ordinal is 'The outcome measure (result_measures.ordinal of the same trial) this row belongs to.';
comment on column history.outcome_analysis_groups.analysis_ordinal is 'The analysis (outcome_analyses.ordinal of the same trial) this row belongs to.';
comment on column history.outcome_analysis_groups.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.outcome_analysis_groups.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
