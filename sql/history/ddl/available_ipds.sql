-- Every version of available_ipds: One row per individual participant data (IPD) set or document a trial makes available; JSON and API sources only. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.available_ipds (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    ipd_id varchar,
    ipd_type varchar,
    url varchar,
    comment varchar,
    valid_from date,
    valid_to date
);
