-- One row per FDAAA 801 violation event the registry annotated on a trial; JSON and API sources only.
-- Key (nct_id, ordinal): kept unique by the blocking check key_is_unique, not by an index (an
-- index doubles the load time and the file size, and DuckDB 1.0 cannot read a file holding one).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists violation_events (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    event_type varchar,
    description varchar,
    creation_date date,
    issued_date date,
    release_date date,
    posted_date date
);
