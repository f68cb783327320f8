-- file_manifest key values held by more than one row. The table carries no index (see sql/ddl), so this
-- blocking check is what keeps its key unique. Only keys this run wrote are looked at (those of its
-- rows; the warehouse the run started from passed this check), so a run costs what it changed.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
select count(*) as duplicate_keys
from (
    select stored.source_uri from file_manifest as stored
    semi join (select source_uri from file_manifest where load_id = $load_id) as written using (source_uri)
    group by stored.source_uri having count(*) > 1
) as duplicated;
