-- ctgov.design_group_interventions: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.design_group_interventions is 'AACT''s design_group_interventions: which intervention each arm receives (from each intervention''s arm labels). Grain: one row per arm label an intervention lists. Key: id.';
comment on column ctgov.design_group_interventions.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.design_group_interventions.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.design_group_interventions.design_group_id is 'AACT: the arm''s id (join design_groups.id), found by its label (the last arm of that label, as AACT''s lookup); NULL when no arm has it. Here: intervention_arms.arm_label matched to arms.label.';
comment on column ctgov.design_group_interventions.intervention_id is 'AACT: the intervention''s id (join interventions.id). Here: from intervention_arms.intervention_ordinal.';
