-- Every version of result_groups: One row per group a results module compares (participant flow, baseline, each outcome measure, adverse events); every row that names a group joins it by group_ordinal = result_groups.ordinal; JSON and API sources only. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.result_groups (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    result_type varchar not null,
    measure_ordinal integer,
    group_code varchar,
    title varchar,
    description varchar,
    deaths_num_affected integer,
    deaths_num_at_risk integer,
    serious_num_affected integer,
    serious_num_at_risk integer,
    other_num_affected integer,
    other_num_at_risk integer,
    valid_from date,
    valid_to date
);
