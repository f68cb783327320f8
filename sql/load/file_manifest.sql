-- Record what became of every record this batch read; a file read again drops the records an
-- earlier run read from it (an archive or API page may hold different studies now).
delete from file_manifest
where file_uri in (select file_uri from incoming_file_manifest)
    and load_id not in (select load_id from incoming_file_manifest);
delete from file_manifest where source_uri in (select source_uri from incoming_file_manifest);
insert into file_manifest by name select * from incoming_file_manifest;
