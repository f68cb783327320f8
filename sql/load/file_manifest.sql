-- Record what became of every record this run read; a file read again drops the records an
-- earlier run read from it (an archive or API page may hold different studies now). Records
-- that lost to a later version of their trial are marked superseded.
delete from file_manifest
where
    file_uri in (select file_uri from staged_file_manifest)
    and load_id not in (select load_id from staged_file_manifest);
delete from file_manifest where source_uri in (select source_uri from staged_file_manifest);
insert into file_manifest by name
select
    * replace (
        case when source_uri in (select source_uri from superseded_records) then 'superseded' else outcome end as outcome
    )
from staged_file_manifest;
