-- Every version of related_trials: One row per trial the registry suggests as related. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.related_trials (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    related_nct_id varchar not null,
    title varchar,
    overall_status varchar,
    phase varchar,
    valid_from date,
    valid_to date
);
