-- The size of the PostgreSQL database a bench publishes into (PostgreSQL's SQL, which DuckDB parses too).
select pg_database_size(current_database()) as bytes;
