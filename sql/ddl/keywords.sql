-- One row per keyword the sponsor gave a trial (key nct_id, ordinal); JSON and API sources only.
create table if not exists keywords (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    keyword varchar not null,
    primary key (nct_id, ordinal)
);
