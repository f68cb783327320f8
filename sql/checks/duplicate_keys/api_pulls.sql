-- api_pulls key values held by more than one row. The table carries no index (see sql/ddl), so this
-- blocking check is what keeps its key unique. Only keys this run wrote are looked at (those of its
-- rows; the warehouse the run started from passed this check), so a run costs what it changed.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
select count(*) as duplicate_keys
from (
    select stored.load_id from api_pulls as stored
    semi join (select load_id from api_pulls where load_id = $load_id) as written using (load_id)
    group by stored.load_id having count(*) > 1
) as duplicated;
