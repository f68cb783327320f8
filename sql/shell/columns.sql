-- A table's or view's columns, types and descriptions (their comments), for the shell's .describe.
-- param schema: the schema (main, bi or ctgov)
-- param name: the table or view
select
    column_name as "column",
    data_type as type,
    comment as description
from duckdb_columns()
where database_name = current_database() and schema_name = $schema and table_name = $name
order by column_index;
