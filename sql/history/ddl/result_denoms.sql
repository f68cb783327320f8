-- Every version of result_denoms: One row per denominator count of the baseline module, a measure or a class of a measure, per units and group; JSON and API sources only. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.result_denoms (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    group_ordinal integer,
    group_code varchar,
    result_type varchar not null,
    measure_ordinal integer,
    class_ordinal integer,
    units varchar,
    count integer,
    count_raw varchar,
    valid_from date,
    valid_to date
);
