-- One row per overall official of a trial (key nct_id, ordinal).
create table if not exists investigators (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    name varchar,
    role varchar,
    affiliation varchar,
    primary key (nct_id, ordinal)
);
