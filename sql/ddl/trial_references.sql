-- One row per publication cited by a trial (key nct_id, ordinal).
create table if not exists trial_references (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    citation varchar,
    reference_type varchar,
    pmid varchar,
    primary key (nct_id, ordinal)
);
