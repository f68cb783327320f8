-- text_as_written key values held by more than one row. The table carries no index (see sql/ddl), so this
-- blocking check is what keeps its key unique. Only keys this run wrote are looked at (the rows of
-- the run's trials; the warehouse the run started from passed this check), so a run costs what it
-- changed.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
with run_trials as (select nct_id from trials where load_id = $load_id)

select count(*) as duplicate_keys
from (
    select nct_id, ordinal from text_as_written semi join run_trials using (nct_id)
    group by nct_id, ordinal having count(*) > 1
) as duplicated;
