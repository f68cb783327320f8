-- Every version of mesh_terms: One row per MeSH term the registry derived for a trial's conditions or interventions; JSON and API sources only. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.mesh_terms (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    domain varchar not null,
    level varchar not null,
    mesh_id varchar not null,
    term varchar not null,
    valid_from date,
    valid_to date
);
