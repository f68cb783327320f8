-- Record what became of every record this run read; a file read again drops the records an
-- earlier run read from it that it no longer holds (an archive or API page may hold different
-- studies now). An archive entry that did not change is not read again: its record keeps its
-- row, with the archive's new hash, size and time. Records that lost to a later version of
-- the same version of their trial are marked superseded, and those that are a past version of
-- their trial (past_records: in history alone) history.
delete from file_manifest
where
    (file_uri in (select file_uri from staged_file_manifest) or file_uri in (select file_uri from unchanged_records))
    and load_id not in (select load_id from staged_file_manifest)
    and source_uri not in (select source_uri from unchanged_records);
update file_manifest
set sha256 = unchanged.sha256, size_bytes = unchanged.size_bytes, mtime_ns = unchanged.mtime_ns
from unchanged_records as unchanged
where file_manifest.source_uri = unchanged.source_uri;
delete from file_manifest where source_uri in (select source_uri from staged_file_manifest);
insert into file_manifest by name
select
    * replace (
        case
            when source_uri in (select source_uri from superseded_records) then 'superseded'
            when source_uri in (select source_uri from past_records) then 'history'
            else outcome
        end as outcome
    )
from staged_file_manifest;
