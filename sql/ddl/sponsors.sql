-- One row per sponsor organisation of a trial, lead and collaborators (key nct_id, ordinal).
create table if not exists sponsors (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    name varchar not null,
    agency_class varchar,
    role varchar,
    primary key (nct_id, ordinal)
);
