-- The new schemas swapped in (sql/postgres/trials_swap.sql).
select pg_temp.trials_swap($1);
