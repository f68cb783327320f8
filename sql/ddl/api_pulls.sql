-- The pull history: one row per published pull; the newest watermark of a scope is where the next pull starts.
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
    finished_at timestamp not null,
    primary key (load_id)
);
