-- One row per contact person of a trial site (key nct_id, ordinal); JSON and API sources only.
create table if not exists site_contacts (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    site_ordinal integer not null,
    name varchar,
    role varchar,
    phone varchar,
    phone_ext varchar,
    email varchar,
    primary key (nct_id, ordinal)
);
