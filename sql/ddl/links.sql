-- One row per related web link of a trial (key nct_id, ordinal).
create table if not exists links (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    url varchar not null,
    label varchar,
    primary key (nct_id, ordinal)
);
