-- ctgov.reported_event_totals: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.reported_event_totals is 'AACT''s reported_event_totals: per adverse-event group, the participants affected and at risk: serious, other, and all-cause mortality. Grain: three rows per adverse-event group: serious, other and deaths. Key: id.';
comment on column ctgov.reported_event_totals.id is 'AACT: the row''s id. Here: stable across runs, the trial''s number times 10^9 plus the group''s ordinal (plus 100,000,000 for other, 200,000,000 for deaths).';
comment on column ctgov.reported_event_totals.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.reported_event_totals.ctgov_group_code is 'AACT: the group''s code in the record (BG000, FG000, OG000, EG000). Here: group_code as written.';
comment on column ctgov.reported_event_totals.event_type is 'AACT: serious, other or deaths (AACT''s own values). Here: the same.';
comment on column ctgov.reported_event_totals.classification is 'AACT: Total, serious adverse events; Total, other adverse events; Total, all-cause mortality. Here: the same.';
comment on column ctgov.reported_event_totals.subjects_affected is 'AACT: participants affected. Here: result_groups.serious_num_affected, other_num_affected, deaths_num_affected.';
comment on column ctgov.reported_event_totals.subjects_at_risk is 'AACT: participants at risk. Here: result_groups.serious_num_at_risk, other_num_at_risk, deaths_num_at_risk.';
comment on column ctgov.reported_event_totals.created_at is 'AACT: when AACT loaded the row. Here: when this warehouse loaded the trial (trials.loaded_at).';
comment on column ctgov.reported_event_totals.updated_at is 'AACT: when AACT last changed the row. Here: trials.loaded_at.';
