-- One row per related web link of a trial (key nct_id, ordinal).
-- Key (nct_id, ordinal): kept unique by the blocking check key_is_unique, not by an index (an index
-- doubles the load time and the file size, and its memory grows with the table).
create table if not exists links (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    url varchar not null,
    label varchar
);
