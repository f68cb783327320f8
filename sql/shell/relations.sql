-- The tables and views of the warehouse, with what one row is (from their comments), for the shell's .tables; $words: every one must be in the name or the comment.
-- param words: lowercase words (a list; empty for every relation)
select
    schema_name || '.' || table_name as relation,
    kind,
    coalesce(nullif(regexp_extract(comment, 'Grain: (.*?)\. Key:', 1), ''), comment) as grain
from (
    select schema_name, table_name, 'table' as kind, comment from duckdb_tables()
    where database_name = current_database()
    union all
    select schema_name, view_name, 'view' as kind, comment from duckdb_views()
    where database_name = current_database() and not internal
) as relations
where
    schema_name in ('main', 'bi', 'ctgov')
    and len([w for w in $words if not contains(lower(schema_name || '.' || table_name || ' ' || coalesce(comment, '')), w)]) = 0
order by case schema_name when 'main' then 1 when 'bi' then 2 else 3 end, table_name;
