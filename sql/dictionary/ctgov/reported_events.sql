-- ctgov.reported_events: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.reported_events is 'AACT''s reported_events: adverse events per term and group (serious and other). Grain: one row per adverse-event term and group. Key: id.';
comment on column ctgov.reported_events.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.reported_events.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.reported_events.result_group_id is 'AACT: the id of the group in result_groups (join result_groups.id). Here: from group_ordinal, resolved at load.';
comment on column ctgov.reported_events.ctgov_group_code is 'AACT: the group''s code in the record (BG000, FG000, OG000, EG000). Here: group_code as written.';
comment on column ctgov.reported_events.time_frame is 'AACT: the module''s time frame. Here: trials.ae_time_frame, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.reported_events.event_type is 'AACT: serious or other (AACT''s own values). Here: adverse_events.event_type.';
comment on column ctgov.reported_events.default_vocab is 'AACT: a column the API v2 importer does not fill: NULL in AACT too. Here: always NULL.';
comment on column ctgov.reported_events.default_assessment is 'AACT: a column the API v2 importer does not fill: NULL in AACT too. Here: always NULL.';
comment on column ctgov.reported_events.subjects_affected is 'AACT: participants affected. Here: adverse_event_stats.num_affected.';
comment on column ctgov.reported_events.subjects_at_risk is 'AACT: participants at risk. Here: adverse_event_stats.num_at_risk.';
comment on column ctgov.reported_events.description is 'AACT: the module''s description. Here: trials.ae_description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.reported_events.event_count is 'AACT: events counted. Here: adverse_event_stats.num_events.';
comment on column ctgov.reported_events.organ_system is 'AACT: the organ system. Here: adverse_events.organ_system, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.reported_events.adverse_event_term is 'AACT: the event''s term. Here: adverse_events.term, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.reported_events.frequency_threshold is 'AACT: the threshold above which other events are reported (%), read as Rails reads text into an integer column (2.5 is 2). Here: from trials.ae_frequency_threshold_raw.';
comment on column ctgov.reported_events.vocab is 'AACT: the vocabulary (MedDRA 23.0 ...). Here: adverse_events.source_vocabulary, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.reported_events.assessment is 'AACT: SYSTEMATIC_ASSESSMENT or NON_SYSTEMATIC_ASSESSMENT. Here: adverse_events.assessment_type.';
