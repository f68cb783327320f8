-- Every version of flow_milestone_counts: One row per participant-flow milestone and group, with the number of participants (and units); JSON and API sources only. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.flow_milestone_counts (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    group_ordinal integer,
    group_code varchar,
    period_ordinal integer not null,
    milestone_ordinal integer not null,
    num_subjects integer,
    num_subjects_raw varchar,
    num_units integer,
    num_units_raw varchar,
    comment varchar,
    valid_from date,
    valid_to date
);
