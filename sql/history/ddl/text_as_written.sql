-- Every version of text_as_written: One row per text value a JSON record writes otherwise than the warehouse stores it: the record's own text (markdown escapes, indentation, Research Site), which the ctgov views give as AACT does. JSON and API sources only. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.text_as_written (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    table_name varchar not null,
    row_ordinal integer,
    column_name varchar not null,
    written varchar not null,
    valid_from date,
    valid_to date
);
