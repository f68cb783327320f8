-- One row per adverse event term and group: events, participants affected and at risk; JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.adverse_event_stats as
select * replace (ordinal::bigint as ordinal, group_ordinal::bigint as group_ordinal, event_ordinal::bigint as event_ordinal, num_events::bigint as num_events, num_affected::bigint as num_affected, num_at_risk::bigint as num_at_risk)
from main.adverse_event_stats;
