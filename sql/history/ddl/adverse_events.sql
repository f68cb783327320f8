-- Every version of adverse_events: One row per adverse event term a trial reports, serious or other (the numbers per group are in adverse_event_stats); JSON and API sources only. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.adverse_events (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    event_type varchar not null,
    term varchar,
    organ_system varchar,
    source_vocabulary varchar,
    assessment_type varchar,
    notes varchar,
    valid_from date,
    valid_to date
);
