-- One row per standard age group a trial admits (key nct_id, ordinal); JSON and API sources only.
create table if not exists age_groups (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    age_group varchar not null,
    primary key (nct_id, ordinal)
);
