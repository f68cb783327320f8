-- Every version of trial_references: One row per publication cited by a trial. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.trial_references (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    citation varchar,
    reference_type varchar,
    pmid varchar,
    valid_from date,
    valid_to date
);
