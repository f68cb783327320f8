-- Every version of identifiers: One row per other identifier of a trial: org study IDs, secondary IDs and NCT ID aliases. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.identifiers (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    identifier varchar not null,
    identifier_type varchar,
    identifier_source varchar,
    domain varchar,
    link varchar,
    valid_from date,
    valid_to date
);
