-- ctgov.pending_results: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.pending_results is 'AACT''s pending_results: events of results submitted but not yet posted (submitted, returned, reset). Grain: one row per unposted results event. Key: id.';
comment on column ctgov.pending_results.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.pending_results.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.pending_results.event is 'AACT: RELEASE, UNRELEASE or RESET, the API''s code. Here: unposted_events.event_type.';
comment on column ctgov.pending_results.event_date_description is 'AACT: the event''s date as the record gives it. Here: unposted_events.event_date as YYYY-MM-DD.';
comment on column ctgov.pending_results.event_date is 'AACT: the event''s date. Here: unposted_events.event_date.';
