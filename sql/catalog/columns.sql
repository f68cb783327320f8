-- Every column of the warehouse's tables, their history and its bi and ctgov views, in order, with its type.
select schema_name, table_name, column_name, data_type
from duckdb_columns()
where not internal and database_name = current_database() and schema_name in ('main', 'history', 'bi', 'ctgov')
order by schema_name, table_name, column_index;
