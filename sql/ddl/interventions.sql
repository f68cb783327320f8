-- One row per intervention of a trial (key nct_id, ordinal).
create table if not exists interventions (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    name varchar not null,
    intervention_type varchar,
    description varchar,
    primary key (nct_id, ordinal)
);
