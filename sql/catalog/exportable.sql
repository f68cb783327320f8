-- What `trials export` writes: every table of main and of history, and every view of bi and ctgov, in name order.
select schema_name, table_name
from duckdb_tables()
where not internal and database_name = current_database() and schema_name in ('main', 'history')
union all
select schema_name, view_name
from duckdb_views()
where not internal and database_name = current_database() and schema_name in ('bi', 'ctgov')
order by 1 desc, 2;
