-- Every version of unposted_events: One row per event of a trial's results submitted but not yet posted (AACT's pending_results); JSON and API sources only. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.unposted_events (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    event_type varchar,
    event_date date,
    event_date_unknown boolean,
    valid_from date,
    valid_to date
);
