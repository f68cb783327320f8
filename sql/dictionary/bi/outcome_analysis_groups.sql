-- bi.outcome_analysis_groups: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.outcome_analysis_groups is 'One row per group a statistical analysis of an outcome measure compares; JSON and API sources only. Grain: one row per group a statistical analysis of an outcome measure compares. Key: nct_id, ordinal.';
comment on column bi.outcome_analysis_groups.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.outcome_analysis_groups.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.outcome_analysis_groups.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.outcome_analysis_groups.group_ordinal is 'The group (result_groups.ordinal of the same trial) group_code names; NULL when the module lists no such group.';
comment on column bi.outcome_analysis_groups.group_code is 'The outcome group''s code, as written (OG000 ...). From the record: resultsSection.outcomeMeasuresModule.outcomeMeasures.analyses.groupIds.';
comment on column bi.outcome_analysis_groups.measure_ordinal is 'The outcome measure (result_measures.ordinal of the same trial) this row belongs to.';
comment on column bi.outcome_analysis_groups.analysis_ordinal is 'The analysis (outcome_analyses.ordinal of the same trial) this row belongs to.';
comment on column bi.outcome_analysis_groups.result_groups_key is 'The result_groups row this row names (nct_id:group_ordinal), to join bi.result_groups on result_groups_key alone; NULL when it names none.';
comment on column bi.outcome_analysis_groups.result_measures_key is 'The result_measures row this row names (nct_id:measure_ordinal), to join bi.result_measures on result_measures_key alone.';
comment on column bi.outcome_analysis_groups.outcome_analyses_key is 'The outcome_analyses row this row names (nct_id:analysis_ordinal), to join bi.outcome_analyses on outcome_analyses_key alone.';
