-- The dictionary's text on a copied table or column (sql/postgres/trials_comment.sql).
select pg_temp.trials_comment($1, $2, $3, $4);
