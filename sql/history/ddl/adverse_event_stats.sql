-- Every version of adverse_event_stats: One row per adverse event term and group: events, participants affected and at risk; JSON and API sources only. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.adverse_event_stats (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    group_ordinal integer,
    group_code varchar,
    event_ordinal integer not null,
    num_events integer,
    num_affected integer,
    num_at_risk integer,
    valid_from date,
    valid_to date
);
