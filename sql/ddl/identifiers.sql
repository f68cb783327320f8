-- One row per other identifier of a trial: org study IDs, secondary IDs and NCT ID aliases.
-- Key (nct_id, ordinal): kept unique by the blocking check key_is_unique, not by an index (an
-- index doubles the load time and the file size, and DuckDB 1.0 cannot read a file holding one).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists identifiers (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    identifier varchar not null,
    identifier_type varchar,
    identifier_source varchar,
    domain varchar,
    link varchar
);
