-- One row per outcome measure a trial registered (key nct_id, ordinal); JSON and API sources only.
create table if not exists outcomes (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    outcome_type varchar not null,
    measure varchar not null,
    description varchar,
    time_frame varchar,
    primary key (nct_id, ordinal)
);
