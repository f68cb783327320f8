-- Whether the warehouse attached as warehouse keeps history (an earlier release published none).
select count(*) > 0 from duckdb_tables() where database_name = 'warehouse' and schema_name = 'history';
