-- One row per trial site (key nct_id, ordinal).
create table if not exists sites (
    nct_id varchar not null,
    ordinal integer not null,
    facility varchar,
    city varchar,
    state varchar,
    country varchar,
    status varchar,
    primary key (nct_id, ordinal)
);
