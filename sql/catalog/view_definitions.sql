-- The SQL of every view of bi and ctgov, as the file stores it.
select schema_name, view_name, sql
from duckdb_views()
where not internal and database_name = current_database() and schema_name in ('bi', 'ctgov')
order by 1, 2;
