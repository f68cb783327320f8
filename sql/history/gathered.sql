-- Drop what a table's history rebuild gathered (sql/history/gather).
drop table if exists history_stored;
drop table if exists history_staged;
