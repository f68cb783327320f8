-- Key values held by more than one row, per table. These tables carry no index (see sql/ddl), so
-- this blocking check is what keeps their keys unique. Only keys this run wrote are looked at: every
-- row a run writes belongs to one of the run's trials, or has the run's load_id, and the warehouse
-- it started from passed this check, so a run costs what it changed.
-- {{generated}}
with run_trials as (select nct_id from trials where load_id = $load_id)

{{branches}};
