-- One row per text value a JSON record writes otherwise than the warehouse stores it: the record's own text (markdown escapes, indentation, Research Site), which the ctgov views give as AACT does. JSON and API sources only.
-- Key (nct_id, ordinal): kept unique by the blocking check key_is_unique, not by an index (an
-- index doubles the load time and the file size, and DuckDB 1.0 cannot read a file holding one).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists text_as_written (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    table_name varchar not null,
    row_ordinal integer,
    column_name varchar not null,
    written varchar not null
);
