-- One row per other identifier of a trial: org study IDs, secondary IDs and NCT ID aliases (key nct_id, ordinal).
create table if not exists identifiers (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    identifier varchar not null,
    identifier_type varchar,
    identifier_source varchar,
    primary key (nct_id, ordinal)
);
