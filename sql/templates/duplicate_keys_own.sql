-- {{table}} key values held by more than one row. The table carries no index (see sql/ddl), so this
-- blocking check is what keeps its key unique. Only keys this run wrote are looked at (those of its
-- rows; the warehouse the run started from passed this check), so a run costs what it changed.
-- {{generated}}
select count(*) as duplicate_keys
from (
    select {{stored_key}} from {{table}} as stored
    semi join (select {{key}} from {{table}} where load_id = $load_id) as written using ({{key}})
    group by {{stored_key}} having count(*) > 1
) as duplicated;
