-- What the warehouse file holds that the warehouse does not define: users' own schemas, tables,
-- views, indexes, sequences, macros and types, with the SQL that creates each and, for a table,
-- how many keys it has (a primary key, unique or foreign key: each carries an index).
-- $tables are the warehouse's tables (schema main), $history its history tables (schema history),
-- $views its views (bi.name, ctgov.name), $macros its macros (bi.trials_as_of ...).
select 'schema' as kind, schema_name, schema_name as name, null as create_sql, 0 as keys
from duckdb_schemas()
where not internal and database_name = current_database() and schema_name not in ('main', 'bi', 'ctgov', 'history')
union all
select
    'table' as kind,
    t.schema_name,
    t.table_name as name,
    t.sql as create_sql,
    (
        select count(*) from duckdb_constraints() as c
        where
            c.database_name = t.database_name and c.schema_name = t.schema_name and c.table_name = t.table_name
            and c.constraint_type in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
    ) as keys
from duckdb_tables() as t
where
    not t.internal and t.database_name = current_database()
    and not (t.schema_name = 'main' and list_contains($tables, t.table_name))
    and not (t.schema_name = 'history' and list_contains($history, t.table_name))
union all
select 'view' as kind, schema_name, view_name as name, sql as create_sql, 0 as keys
from duckdb_views()
where not internal and database_name = current_database() and not list_contains($views, schema_name || '.' || view_name)
union all
select 'index' as kind, schema_name, index_name as name, sql as create_sql, 0 as keys
from duckdb_indexes()
where database_name = current_database()
union all
select 'sequence' as kind, schema_name, sequence_name as name, sql as create_sql, 0 as keys
from duckdb_sequences()
where database_name = current_database() and not temporary
union all
select 'macro' as kind, schema_name, function_name as name, null as create_sql, 0 as keys
from duckdb_functions()
where
    not internal and database_name = current_database() and function_type in ('macro', 'table_macro')
    and not list_contains($macros, schema_name || '.' || function_name)
union all
select 'type' as kind, schema_name, type_name as name, null as create_sql, 0 as keys
from duckdb_types()
where not internal and database_name = current_database()
order by 1, 2, 3;
