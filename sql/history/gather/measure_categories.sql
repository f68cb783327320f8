-- Gather what the rebuild of the measure_categories history needs for the trials this run brings versions of
-- that the warehouse held already, or brings several of (history_incoming: each version's batch,
-- source and Last Updated): their stored history rows (history_stored) and the incoming versions'
-- staged rows (history_staged), each read once; then their stored rows go, rebuilt a share of
-- trials at a time (sql/history/rebuild), so memory holds one share whatever the run brings.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace temp table history_stored as
select history_row.*
from history.measure_categories as history_row
semi join history_incoming as version on history_row.nct_id = version.nct_id;
create or replace temp table history_staged as
select
    staged.* exclude (batch_file, _source_uri),
    coalesce(version.last_updated, '-infinity'::date) as version_date
from staged_measure_categories as staged
inner join history_incoming as version
    on
        version.batch = parse_dirpath(staged.batch_file)
        and version.source_uri = staged._source_uri;
delete from history.measure_categories where nct_id in (select history_incoming.nct_id from history_incoming);
