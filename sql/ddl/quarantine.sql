-- Every input problem, with its source and a reason: nothing is lost silently.
-- No key: rows are events, never changed.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists quarantine (
    load_id varchar not null,
    source_uri varchar not null,
    nct_id varchar,
    stage varchar not null,
    reason varchar not null,
    detail varchar,
    field varchar,
    action varchar not null,
    recorded_at timestamp not null,
    occurrences bigint not null
);
