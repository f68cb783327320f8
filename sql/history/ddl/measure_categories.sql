-- Every version of measure_categories: One row per category of a class of a baseline or outcome measure; JSON and API sources only. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.measure_categories (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    measure_ordinal integer not null,
    class_ordinal integer not null,
    title varchar,
    valid_from date,
    valid_to date
);
