-- One row per sponsor organisation of a trial, lead and collaborators (key nct_id, ordinal).
-- Key (nct_id, ordinal): kept unique by the blocking check key_is_unique, not by an index (an index
-- doubles the load time and the file size, and its memory grows with the table).
create table if not exists sponsors (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    name varchar not null,
    agency_class varchar,
    role varchar
);
