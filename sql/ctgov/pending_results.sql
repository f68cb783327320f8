-- AACT's pending_results: events of results submitted but not yet posted (submitted, returned, reset).
-- grain: one row per unposted results event
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column event: AACT: RELEASE, UNRELEASE or RESET, the API's code. Here: unposted_events.event_type.
-- column event_date_description: AACT: the event's date as the record gives it. Here: unposted_events.event_date as YYYY-MM-DD.
-- column event_date: AACT: the event's date. Here: unposted_events.event_date.
create or replace view ctgov.pending_results as
select
    substr(u.nct_id, 4)::bigint * 1000000000 + u.ordinal as id,
    u.nct_id,
    u.event_type as event,
    strftime(u.event_date, '%Y-%m-%d') as event_date_description,
    u.event_date
from main.unposted_events as u;
