-- One row per trial site (key nct_id, ordinal).
create table if not exists sites (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    facility varchar,
    city varchar,
    state varchar,
    country varchar,
    status varchar,
    zip varchar,
    latitude double,
    longitude double,
    primary key (nct_id, ordinal)
);
