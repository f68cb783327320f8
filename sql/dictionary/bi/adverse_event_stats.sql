-- bi.adverse_event_stats: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.adverse_event_stats is 'One row per adverse event term and group: events, participants affected and at risk; JSON and API sources only. Grain: one row per adverse event term and group. Key: nct_id, ordinal.';
comment on column bi.adverse_event_stats.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.adverse_event_stats.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.adverse_event_stats.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.adverse_event_stats.group_ordinal is 'The group (result_groups.ordinal of the same trial) group_code names; NULL when the module lists no such group.';
comment on column bi.adverse_event_stats.group_code is 'The adverse-event group''s code, as written (EG000 ...). From the record: resultsSection.adverseEventsModule.seriousEvents.stats.groupId, resultsSection.adverseEventsModule.otherEvents.stats.groupId.';
comment on column bi.adverse_event_stats.event_ordinal is 'The adverse event term (adverse_events.ordinal of the same trial) this row belongs to.';
comment on column bi.adverse_event_stats.num_events is 'Number of events in the group (a participant may have several). From the record: resultsSection.adverseEventsModule.seriousEvents.stats.numEvents, resultsSection.adverseEventsModule.otherEvents.stats.numEvents.';
comment on column bi.adverse_event_stats.num_affected is 'Participants of the group affected. From the record: resultsSection.adverseEventsModule.seriousEvents.stats.numAffected, resultsSection.adverseEventsModule.otherEvents.stats.numAffected.';
comment on column bi.adverse_event_stats.num_at_risk is 'Participants of the group at risk. From the record: resultsSection.adverseEventsModule.seriousEvents.stats.numAtRisk, resultsSection.adverseEventsModule.otherEvents.stats.numAtRisk.';
comment on column bi.adverse_event_stats.result_groups_key is 'The result_groups row this row names (nct_id:group_ordinal), to join bi.result_groups on result_groups_key alone; NULL when it names none.';
comment on column bi.adverse_event_stats.adverse_events_key is 'The adverse_events row this row names (nct_id:event_ordinal), to join bi.adverse_events on adverse_events_key alone.';
