-- ctgov.participant_flows: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.participant_flows is 'AACT''s participant_flows: the participant flow''s recruitment and pre-assignment details. Grain: one row per trial with a participant-flow module. Key: id.';
comment on column ctgov.participant_flows.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number (NCT00012345 is 12345), one row per trial.';
comment on column ctgov.participant_flows.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.participant_flows.recruitment_details is 'AACT: recruitment details. Here: trials.flow_recruitment_details.';
comment on column ctgov.participant_flows.pre_assignment_details is 'AACT: pre-assignment details. Here: trials.flow_pre_assignment_details.';
comment on column ctgov.participant_flows.units_analyzed is 'AACT: what the flow counts when not participants. Here: trials.flow_units_analyzed.';
