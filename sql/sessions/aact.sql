-- A session that reads AACT's SQL as AACT's Postgres does: ctgov first on the search path (so
-- `from studies` finds ctgov.studies), integer / integer is integer division, and NULLs sort
-- last going up and first going down. DuckDB keeps none of this in the file: run it on connect.
set search_path = 'ctgov,main';
set integer_division = true;
set default_null_order = 'nulls_last_on_asc_first_on_desc';
