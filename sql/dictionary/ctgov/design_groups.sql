-- ctgov.design_groups: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.design_groups is 'AACT''s design_groups: the protocol''s arms or groups. Grain: one row per arm or group. Key: id.';
comment on column ctgov.design_groups.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.design_groups.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.design_groups.group_type is 'AACT: the arm''s type, the API''s code (EXPERIMENTAL, PLACEBO_COMPARATOR ...). Here: arms.arm_type.';
comment on column ctgov.design_groups.title is 'AACT: the arm''s label. Here: arms.label, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.design_groups.description is 'AACT: the arm''s description. Here: arms.description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
