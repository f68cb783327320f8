-- Every version of results_submissions: One row per results submission the registry tracked for a trial (submissionTracking.submissionInfos); JSON and API sources only. A row is one row of the table as the registry gave it
-- from the version last updated on valid_from until the version last updated on valid_to (NULL: it
-- still holds); a row unchanged between versions is kept once.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists history.results_submissions (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    release_date date,
    unrelease_date date,
    unrelease_date_unknown boolean,
    reset_date date,
    mcp_release_n integer,
    valid_from date,
    valid_to date
);
