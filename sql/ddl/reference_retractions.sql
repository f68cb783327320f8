-- One row per retraction of a publication a trial cites; JSON and API sources only.
-- Key (nct_id, ordinal): kept unique by the blocking check key_is_unique, not by an index (an
-- index doubles the load time and the file size, and DuckDB 1.0 cannot read a file holding one).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists reference_retractions (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    reference_ordinal integer not null,
    pmid varchar,
    source varchar
);
