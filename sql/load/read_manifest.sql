-- What the warehouse knows of each source file: its hash, size and modification time. A file
-- holding a record that other parsing code read (another $parser_version) is given no hash and
-- size, so the run reads it again.
select
    source_uri,
    case when read_by_this_code then sha256 else '' end as sha256,
    case when read_by_this_code then size_bytes else -1 end as size_bytes,
    mtime_ns
from (
    select
        file_uri as source_uri,
        bool_and(parser_version is not distinct from $parser_version) as read_by_this_code,
        any_value(sha256) as sha256,
        any_value(size_bytes) as size_bytes,
        any_value(mtime_ns) as mtime_ns
    from file_manifest
    group by file_uri
) as files;
