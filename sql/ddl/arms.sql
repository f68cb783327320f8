-- One row per arm or cohort of a trial (key nct_id, ordinal).
create table if not exists arms (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    label varchar not null,
    arm_type varchar,
    description varchar,
    primary key (nct_id, ordinal)
);
