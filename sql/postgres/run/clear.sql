-- A table's rows of the changed trials, or all its rows, removed (sql/postgres/trials_clear.sql).
select pg_temp.trials_clear($1, $2, $3) as removed;
