-- Records of a version of their trial that a record of the same version replaced (superseded),
-- and records that are a past version of their trial now (history: a newer version is current).
update file_manifest set outcome = 'superseded'
where source_uri in (select source_uri from superseded_files);
update file_manifest set outcome = 'history'
where source_uri in (select source_uri from past_records) and outcome = 'loaded';
