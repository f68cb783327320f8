-- Every version of sites: One row per trial site. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.sites (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    facility varchar,
    city varchar,
    state varchar,
    country varchar,
    status varchar,
    zip varchar,
    latitude double,
    longitude double,
    valid_from date,
    valid_to date
);
