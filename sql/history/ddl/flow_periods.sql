-- Every version of flow_periods: One row per period of a trial's participant flow; JSON and API sources only. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.flow_periods (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    title varchar,
    valid_from date,
    valid_to date
);
