-- Every source record read, with its file's content hash: a file whose hash is unchanged is not parsed again.
-- Key (source_uri): kept unique by the blocking check key_is_unique, not by an index (an
-- index doubles the load time and the file size, and DuckDB 1.0 cannot read a file holding one).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists file_manifest (
    source_uri varchar not null,
    file_uri varchar not null,
    sha256 varchar not null,
    size_bytes bigint not null,
    mtime_ns bigint not null,
    nct_id varchar,
    outcome varchar not null,
    load_id varchar not null,
    entry_crc32 bigint,
    entry_size bigint,
    parser_version varchar
);
