-- ctgov.result_groups: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.result_groups is 'AACT''s result_groups: the groups (arms) of every results module: Participant Flow, Baseline, Outcome (one set per outcome) and Reported Event. Grain: one row per group of a results module. Key: id.';
comment on column ctgov.result_groups.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.result_groups.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.result_groups.ctgov_group_code is 'AACT: the group''s code in the record (BG000, FG000, OG000, EG000). Here: group_code as written.';
comment on column ctgov.result_groups.result_type is 'AACT: Participant Flow, Baseline, Outcome or Reported Event (AACT''s own values). Here: from result_groups.result_type.';
comment on column ctgov.result_groups.title is 'AACT: the group''s title. Here: result_groups.title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.result_groups.description is 'AACT: the group''s description. Here: result_groups.description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.result_groups.outcome_id is 'AACT: for an Outcome group, its outcome''s id (join outcomes.id); NULL for the others. Here: from result_groups.measure_ordinal.';
