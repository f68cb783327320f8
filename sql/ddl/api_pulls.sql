-- The pull history: one row per published pull; the newest watermark of a scope is where the next pull starts.
-- Key (load_id): kept unique by the blocking check key_is_unique, not by an index (an
-- index doubles the load time and the file size, and DuckDB 1.0 cannot read a file holding one).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists api_pulls (
    load_id varchar not null,
    scope varchar not null,
    base_url varchar not null,
    since date,
    watermark date not null,
    data_timestamp timestamp not null,
    pages bigint not null,
    studies bigint not null,
    folder varchar not null,
    started_at timestamp not null,
    finished_at timestamp not null
);
