-- Empty main__next, history__next, bi__next and ctgov__next (sql/postgres/trials_stage.sql).
select pg_temp.trials_stage();
