-- One row per category of a class of a baseline or outcome measure; JSON and API sources only.
-- Key (nct_id, ordinal): kept unique by the blocking check key_is_unique, not by an index (an
-- index doubles the load time and the file size, and DuckDB 1.0 cannot read a file holding one).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists measure_categories (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    measure_ordinal integer not null,
    class_ordinal integer not null,
    title varchar
);
