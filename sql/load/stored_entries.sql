-- The archive entries the warehouse holds records of, for one archive: each entry's CRC-32 and
-- size when it was read (an entry that has not changed need not be read again), if the parsing
-- code that read it is this run's ($parser_version); others are read again.
select source_uri, entry_crc32, entry_size
from file_manifest
where file_uri = $file_uri and entry_crc32 is not null and parser_version is not distinct from $parser_version;
