-- Drop the run's history work tables.
drop table if exists history_unseeded;
drop table if exists history_versions;
