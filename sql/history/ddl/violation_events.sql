-- Every version of violation_events: One row per FDAAA 801 violation event the registry annotated on a trial; JSON and API sources only. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.violation_events (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    event_type varchar,
    description varchar,
    creation_date date,
    issued_date date,
    release_date date,
    posted_date date,
    valid_from date,
    valid_to date
);
