-- One row per large document (protocol, statistical analysis plan, informed consent form) a trial posted; JSON and API sources only.
-- Key (nct_id, ordinal): kept unique by the blocking check key_is_unique, not by an index (an
-- index doubles the load time and the file size, and DuckDB 1.0 cannot read a file holding one).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists large_documents (
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
    url varchar
);
