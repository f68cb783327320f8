-- ctgov.outcome_analysis_groups: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.outcome_analysis_groups is 'AACT''s outcome_analysis_groups: the groups a statistical analysis compares. Grain: one row per group of an analysis. Key: id.';
comment on column ctgov.outcome_analysis_groups.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.outcome_analysis_groups.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.outcome_analysis_groups.outcome_analysis_id is 'AACT: the analysis''s id (join outcome_analyses.id). Here: from outcome_analysis_groups.analysis_ordinal.';
comment on column ctgov.outcome_analysis_groups.result_group_id is 'AACT: the id of the group in result_groups (join result_groups.id). Here: from group_ordinal, resolved at load.';
comment on column ctgov.outcome_analysis_groups.ctgov_group_code is 'AACT: the group''s code in the record (BG000, FG000, OG000, EG000). Here: group_code as written.';
