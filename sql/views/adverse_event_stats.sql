-- One row per adverse event term and group: events, participants affected and at risk; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- column result_groups_key: The result_groups row this row names (nct_id:group_ordinal), to join bi.result_groups on result_groups_key alone; NULL when it names none.
-- column adverse_events_key: The adverse_events row this row names (nct_id:event_ordinal), to join bi.adverse_events on adverse_events_key alone.
create or replace view bi.adverse_event_stats as
select
    * replace (ordinal::bigint as ordinal, group_ordinal::bigint as group_ordinal, event_ordinal::bigint as event_ordinal, num_events::bigint as num_events, num_affected::bigint as num_affected, num_at_risk::bigint as num_at_risk),
    nct_id || ':' || group_ordinal as result_groups_key,
    nct_id || ':' || event_ordinal as adverse_events_key
from main.adverse_event_stats;
