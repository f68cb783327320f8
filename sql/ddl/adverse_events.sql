-- One row per adverse event term a trial reports, serious or other (the numbers per group are in adverse_event_stats); JSON and API sources only.
-- Key (nct_id, ordinal): kept unique by the blocking check key_is_unique, not by an index (an
-- index doubles the load time and the file size, and DuckDB 1.0 cannot read a file holding one).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists adverse_events (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    event_type varchar not null,
    term varchar,
    organ_system varchar,
    source_vocabulary varchar,
    assessment_type varchar,
    notes varchar
);
