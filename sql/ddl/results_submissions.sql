-- One row per results submission the registry tracked for a trial (submissionTracking.submissionInfos); JSON and API sources only.
-- Key (nct_id, ordinal): kept unique by the blocking check key_is_unique, not by an index (an
-- index doubles the load time and the file size, and DuckDB 1.0 cannot read a file holding one).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists results_submissions (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    release_date date,
    unrelease_date date,
    unrelease_date_unknown boolean,
    reset_date date,
    mcp_release_n integer
);
