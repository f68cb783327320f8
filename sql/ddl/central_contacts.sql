-- One row per central contact of a trial (whom to ask about enrolling, whatever the site); JSON and API sources only.
-- Key (nct_id, ordinal): kept unique by the blocking check key_is_unique, not by an index (an
-- index doubles the load time and the file size, and DuckDB 1.0 cannot read a file holding one).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists central_contacts (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    name varchar,
    role varchar,
    phone varchar,
    phone_ext varchar,
    email varchar
);
