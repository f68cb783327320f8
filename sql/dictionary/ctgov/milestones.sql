-- ctgov.milestones: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.milestones is 'AACT''s milestones: participant-flow milestones (STARTED, COMPLETED ...) per period and group. Grain: one row per milestone count of a group in a period. Key: id.';
comment on column ctgov.milestones.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.milestones.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.milestones.result_group_id is 'AACT: the id of the group in result_groups (join result_groups.id). Here: from group_ordinal, resolved at load.';
comment on column ctgov.milestones.ctgov_group_code is 'AACT: the group''s code in the record (BG000, FG000, OG000, EG000). Here: group_code as written.';
comment on column ctgov.milestones.title is 'AACT: the milestone (STARTED, COMPLETED, NOT COMPLETED ...). Here: flow_milestones.milestone_type, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.milestones.period is 'AACT: the period''s title. Here: flow_periods.title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.milestones.description is 'AACT: the group''s comment on the count. Here: flow_milestone_counts.comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.milestones.count is 'AACT: participants reaching the milestone, read as Rails reads text into an integer column. Here: from flow_milestone_counts.num_subjects_raw.';
comment on column ctgov.milestones.milestone_description is 'AACT: the milestone''s comment. Here: flow_milestones.comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.milestones.count_units is 'AACT: units reaching the milestone, as written. Here: flow_milestone_counts.num_units_raw.';
