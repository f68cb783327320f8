-- One row per keyword the sponsor gave a trial (key nct_id, ordinal); JSON and API sources only.
-- Key (nct_id, ordinal): kept unique by the blocking check key_is_unique, not by an index (an index
-- doubles the load time and the file size, and its memory grows with the table).
create table if not exists keywords (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    keyword varchar not null
);
