-- The ledger of publishes, made when missing (sql/postgres/trials_ledger.sql).
select pg_temp.trials_ledger();
