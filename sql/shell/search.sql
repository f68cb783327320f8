-- Columns whose name or description has every word, for the shell's .search.
-- param words: lowercase words (a list)
select
    schema_name || '.' || table_name || '.' || column_name as "column",
    data_type as type,
    comment as description
from duckdb_columns()
where
    database_name = current_database()
    and schema_name in ('main', 'bi', 'ctgov')
    and len([w for w in $words if not contains(lower(column_name || ' ' || coalesce(comment, '')), w)]) = 0
order by case schema_name when 'main' then 1 when 'bi' then 2 else 3 end, table_name, column_index;
