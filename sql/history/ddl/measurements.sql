-- Every version of measurements: One row per measurement of a baseline or outcome measure, for one category and one group; JSON and API sources only. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.measurements (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    group_ordinal integer,
    group_code varchar,
    measure_ordinal integer not null,
    class_ordinal integer not null,
    category_ordinal integer not null,
    value double,
    value_modifier varchar,
    value_raw varchar,
    spread double,
    spread_modifier varchar,
    spread_raw varchar,
    lower_limit double,
    lower_limit_modifier varchar,
    lower_limit_raw varchar,
    upper_limit double,
    upper_limit_modifier varchar,
    upper_limit_raw varchar,
    comment varchar,
    valid_from date,
    valid_to date
);
