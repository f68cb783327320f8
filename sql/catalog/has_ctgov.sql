-- Whether the open warehouse has the ctgov schema (a warehouse an earlier release published has not).
select count(*) > 0 as has_ctgov
from duckdb_schemas()
where database_name = current_database() and schema_name = 'ctgov';
