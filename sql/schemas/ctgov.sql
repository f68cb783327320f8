-- The schema AACT users' SQL reads: views with AACT's table names, column names, types and values.
create schema if not exists ctgov;
