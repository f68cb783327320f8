-- Every version of reference_retractions: One row per retraction of a publication a trial cites; JSON and API sources only. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.reference_retractions (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    reference_ordinal integer not null,
    pmid varchar,
    source varchar,
    valid_from date,
    valid_to date
);
