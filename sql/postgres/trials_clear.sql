-- An incremental publish's removal from one published table, in its transaction: the rows of the changed trials (pg_temp.trials_changed) when the table is kept by trial, else every row (it is sent whole). A DELETE, so a reader's running query keeps its snapshot and is not made to wait. Returns the rows removed.
create or replace function pg_temp.trials_clear(schema_name text, table_name text, by_trial boolean) returns bigint
language plpgsql as $$
declare
    removed bigint;
begin
    if by_trial then
        execute format('delete from %I.%I where nct_id in (select nct_id from pg_temp.trials_changed)', schema_name, table_name);
    else
        execute format('delete from %I.%I', schema_name, table_name);
    end if;
    get diagnostics removed = row_count;
    return removed;
end
$$;
