-- An index on nct_id of a copied table that has one: joins and filters by trial (as AACT indexes them), and an incremental publish finding a changed trial's rows.
create or replace function pg_temp.trials_index(schema_name text, table_name text) returns void
language plpgsql as $$
begin
    execute format('create index on %I.%I (nct_id)', schema_name, table_name);
end
$$;
