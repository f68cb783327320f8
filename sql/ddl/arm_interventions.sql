-- Which interventions each arm receives: one row per arm and intervention (key nct_id, ordinal).
create table if not exists arm_interventions (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    arm_label varchar not null,
    intervention_name varchar not null,
    primary key (nct_id, ordinal)
);
