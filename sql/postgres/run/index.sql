-- An nct_id index on a copied table (sql/postgres/trials_index.sql).
select pg_temp.trials_index($1, $2);
