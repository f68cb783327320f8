-- One row per trial site (key nct_id, ordinal).
-- Key (nct_id, ordinal): kept unique by the blocking check key_is_unique, not by an index (an index
-- doubles the load time and the file size, and its memory grows with the table).
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
    longitude double
);
