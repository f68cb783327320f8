-- One row per trial the registry suggests as related (key nct_id, ordinal).
create table if not exists related_trials (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    related_nct_id varchar not null,
    title varchar,
    overall_status varchar,
    phase varchar,
    primary key (nct_id, ordinal)
);
