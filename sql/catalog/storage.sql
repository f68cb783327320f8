-- The open file's storage format (the oldest DuckDB that reads it, such as v1.0.0) and how many
-- primary keys, unique constraints and indexes it holds (DuckDB 1.0 cannot read a file with one).
select
    (select rtrim(tags['storage_version'], '+') from duckdb_databases() where database_name = current_database()) as storage_version,
    (select count(*) from duckdb_constraints() where database_name = current_database() and constraint_type in ('PRIMARY KEY', 'UNIQUE'))
    + (select count(*) from duckdb_indexes() where database_name = current_database()) as indexes;
