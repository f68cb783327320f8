-- AACT's tables on the database's default search path (sql/postgres/trials_search_path.sql).
select pg_temp.trials_search_path() as set_here;
