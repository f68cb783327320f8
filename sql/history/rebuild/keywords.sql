-- Rebuild the keywords history of one share of the trials gathered (sql/history/gather; history_share:
-- their NCT IDs; history_versions: every version of those trials after this run, in order). Each
-- row of each version (the stored rows, over the stored versions they held in, that no incoming
-- version replaces; the incoming versions' staged rows) is numbered by its version; a row held in
-- consecutive versions is one island, kept once from the first version's date to the date of the
-- version after the last (gaps and islands). Loading versions in any order gives the same rows.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
insert into history.keywords by name
with stored as (
    select
        history_row.* exclude (valid_from, valid_to),
        version.version_date
    from history_stored as history_row
    inner join history_versions as version
        on
            history_row.nct_id = version.nct_id
            and version.held
            and version.version_date >= coalesce(history_row.valid_from, '-infinity'::date)
            and (history_row.valid_to is null or version.version_date < history_row.valid_to)
    where history_row.nct_id in (select share.nct_id from history_share as share)
),

incoming as (
    select *
    from history_staged
    where nct_id in (select share.nct_id from history_share as share)
),

version_rows as (
    select * from stored
    union all by name
    select * from incoming
),

numbered as (
    select
        version_rows.*,
        version.version_number,
        version.next_date
    from version_rows
    inner join history_versions as version
        on version_rows.nct_id = version.nct_id and version_rows.version_date = version.version_date
),

islands as (
    select
        *,
        version_number - row_number() over (
            partition by nct_id, ordinal, source_kind, keyword order by version_number
        ) as island
    from numbered
)

select
    nct_id, ordinal, source_kind, keyword,
    nullif(min(version_date), '-infinity'::date) as valid_from,
    nullif(max(next_date), 'infinity'::date) as valid_to
from islands
group by nct_id, ordinal, source_kind, keyword, island;
