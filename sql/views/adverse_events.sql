-- One row per adverse event term a trial reports, serious or other (the numbers per group are in adverse_event_stats); JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- column adverse_events_key: Single-column key of this row (nct_id:ordinal): the rows that name it carry the same adverse_events_key.
create or replace view bi.adverse_events as
select
    * replace (ordinal::bigint as ordinal),
    nct_id || ':' || ordinal as adverse_events_key
from main.adverse_events;
