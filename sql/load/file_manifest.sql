-- Record what became of every file this batch read.
delete from file_manifest where source_uri in (select source_uri from incoming_file_manifest);
insert into file_manifest by name select * from incoming_file_manifest;
