-- One row per other name (brand, code, synonym) of a trial's intervention (key nct_id, ordinal); JSON and API sources only.
create table if not exists intervention_other_names (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    intervention_ordinal integer not null,
    intervention_name varchar not null,
    other_name varchar not null,
    primary key (nct_id, ordinal)
);
