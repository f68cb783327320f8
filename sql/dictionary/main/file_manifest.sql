-- main.file_manifest: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table main.file_manifest is 'Every source record read, with its file''s content hash: a file whose hash is unchanged is not parsed again. Grain: one row per source record ever read. Key: source_uri.';
comment on column main.file_manifest.source_uri is 'URI of the record: the file, or file#entry inside an archive, or file#/studies/N inside an API page.';
comment on column main.file_manifest.file_uri is 'URI of the file the record came in.';
comment on column main.file_manifest.sha256 is 'SHA-256 of the file''s bytes when last read.';
comment on column main.file_manifest.size_bytes is 'Size of the file when last read.';
comment on column main.file_manifest.mtime_ns is 'Modification time of the file when last read (ns since epoch).';
comment on column main.file_manifest.nct_id is 'Trial the record holds, when it could be parsed.';
comment on column main.file_manifest.outcome is 'loaded (the trial''s current version), history (a past version of the trial: in the history tables alone), rejected (quarantined) or superseded (a record of the same version of the trial, the same Last Updated, won).';
comment on column main.file_manifest.load_id is 'Run that last read the record.';
comment on column main.file_manifest.entry_crc32 is 'CRC-32 of the archive entry the record came from, as the archive''s index gives it; NULL outside archives. An archive downloaded again is read only for the entries whose CRC-32 or size changed.';
comment on column main.file_manifest.entry_size is 'Unpacked size of that archive entry, as the archive''s index gives it; NULL outside archives.';
comment on column main.file_manifest.parser_version is 'Version of the parsing code that read the record (pipelines.parsing.version); a record read by another version is read again, so new fields are filled for every trial. NULL for records read before versions were kept.';
