-- The tables a publish left in main, history, bi and ctgov.
select table_schema, table_name
from information_schema.tables
where table_schema in ('main', 'history', 'bi', 'ctgov') and table_type = 'BASE TABLE';
