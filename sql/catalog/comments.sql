-- What the warehouse says about its tables (and their history), views and columns: type and COMMENT ON text.
-- A relation's own comment has column_name NULL.
select schema_name, table_name, null as column_name, null as data_type, comment
from duckdb_tables()
where not internal and database_name = current_database() and schema_name in ('main', 'history', 'bi', 'ctgov')
union all
select schema_name, view_name as table_name, null as column_name, null as data_type, comment
from duckdb_views()
where not internal and database_name = current_database() and schema_name in ('main', 'history', 'bi', 'ctgov')
union all
select schema_name, table_name, column_name, data_type, comment
from duckdb_columns()
where not internal and database_name = current_database() and schema_name in ('main', 'history', 'bi', 'ctgov');
