-- The data dictionary's text as COMMENT ON a copied table (column_name NULL) or column: the server quotes the names (%I) and the text (%L) it is given as parameters.
create or replace function pg_temp.trials_comment(schema_name text, table_name text, column_name text, body text) returns void
language plpgsql as $$
begin
    if column_name is null then
        execute format('comment on table %I.%I is %L', schema_name, table_name, body);
    else
        execute format('comment on column %I.%I.%I is %L', schema_name, table_name, column_name, body);
    end if;
end
$$;
