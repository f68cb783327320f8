-- One row per country a trial has sites in (key nct_id, ordinal).
create table if not exists countries (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    country varchar not null,
    primary key (nct_id, ordinal)
);
