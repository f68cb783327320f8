-- The load history: one row per published run.
-- Key (load_id): kept unique by the blocking check key_is_unique, not by an index (an
-- index doubles the load time and the file size, and DuckDB 1.0 cannot read a file holding one).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists load_runs (
    load_id varchar not null,
    started_at timestamp not null,
    finished_at timestamp not null,
    status varchar not null,
    sources varchar not null,
    files_seen bigint not null,
    files_unchanged bigint not null,
    files_parsed bigint not null,
    records_loaded bigint not null,
    records_quarantined bigint not null,
    issues_recorded bigint not null,
    trials_total bigint not null,
    api_data_timestamp timestamp,
    inputs_skipped bigint not null,
    file_bytes bigint,
    compacted boolean,
    records_history bigint
);
