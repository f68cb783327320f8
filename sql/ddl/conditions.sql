-- One row per condition a trial studies (key nct_id, ordinal).
create table if not exists conditions (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    condition varchar not null,
    primary key (nct_id, ordinal)
);
