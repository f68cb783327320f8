-- The read-only role granted the new schemas (sql/postgres/trials_grant.sql).
select pg_temp.trials_grant($1) as granted;
