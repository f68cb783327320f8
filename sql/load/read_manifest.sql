-- What the warehouse knows of each source file: its hash, size and modification time.
select file_uri as source_uri, any_value(sha256) as sha256, any_value(size_bytes) as size_bytes, any_value(mtime_ns) as mtime_ns
from file_manifest
group by file_uri;
