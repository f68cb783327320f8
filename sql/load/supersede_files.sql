-- Records whose trial was replaced by a newer record.
update file_manifest set outcome = 'superseded'
where source_uri in (select source_uri from superseded_files);
