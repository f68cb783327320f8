-- What the warehouse knows of each source file: its hash, size and modification time.
select source_uri, sha256, size_bytes, mtime_ns from file_manifest;
