-- The tables a publish left in main, bi and ctgov.
select table_schema, table_name
from information_schema.tables
where table_schema in ('main', 'bi', 'ctgov') and table_type = 'BASE TABLE';
