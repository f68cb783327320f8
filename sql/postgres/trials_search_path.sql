-- AACT's tables on the database's default search path (ctgov first, then main), so that AACT's SQL needs no schema; returns false when the publisher may not alter the database (its owner must, once).
create or replace function pg_temp.trials_search_path() returns boolean
language plpgsql as $$
begin
    execute format('alter database %I set search_path = ctgov, main, public', current_database());
    return true;
exception when insufficient_privilege then
    return false;
end
$$;
