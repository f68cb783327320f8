-- Every version of large_documents: One row per large document (protocol, statistical analysis plan, informed consent form) a trial posted; JSON and API sources only. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.large_documents (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    type_abbrev varchar,
    has_protocol boolean,
    has_sap boolean,
    has_icf boolean,
    label varchar,
    document_date date,
    uploaded_at timestamp,
    filename varchar,
    size_bytes bigint,
    url varchar,
    valid_from date,
    valid_to date
);
