-- make bench's comparison: what a user might do instead of the pipeline. Each study's protocol
-- section, as JSON, from the NDJSON the archive was unpacked to.
create table studies as
select protocolsection as p
from read_json($path, format = 'newline_delimited', columns = { 'protocolSection': 'JSON' }, maximum_object_size = 16777216);
