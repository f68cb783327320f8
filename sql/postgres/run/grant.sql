-- The read-only role granted the new schemas (staged) or the published ones (sql/postgres/trials_grant.sql).
select pg_temp.trials_grant($1, $2) as granted;
