-- history.adverse_event_stats: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.adverse_event_stats is 'Every version of adverse_event_stats, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per adverse event term and group: events, participants affected and at risk; JSON and API sources only. Grain: one row per adverse event term and group, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.adverse_event_stats.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.adverse_event_stats.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.adverse_event_stats.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.adverse_event_stats.group_ordinal is 'The group (result_groups.ordinal of the same trial) group_code names; NULL when the module lists no such group.';
comment on column history.adverse_event_stats.group_code is 'The adverse-event group''s code, as written (EG000 ...). From the record: resultsSection.adverseEventsModule.seriousEvents.stats.groupId, resultsSection.adverseEventsModule.otherEvents.stats.groupId.';
comment on column history.adverse_event_stats.event_ordinal is 'The adverse event term (adverse_events.ordinal of the same trial) this row belongs to.';
comment on column history.adverse_event_stats.num_events is 'Number of events in the group (a participant may have several). From the record: resultsSection.adverseEventsModule.seriousEvents.stats.numEvents, resultsSection.adverseEventsModule.otherEvents.stats.numEvents.';
comment on column history.adverse_event_stats.num_affected is 'Participants of the group affected. From the record: resultsSection.adverseEventsModule.seriousEvents.stats.numAffected, resultsSection.adverseEventsModule.otherEvents.stats.numAffected.';
comment on column history.adverse_event_stats.num_at_risk is 'Participants of the group at risk. From the record: resultsSection.adverseEventsModule.seriousEvents.stats.numAtRisk, resultsSection.adverseEventsModule.otherEvents.stats.numAtRisk.';
comment on column history.adverse_event_stats.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.adverse_event_stats.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
