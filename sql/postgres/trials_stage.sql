-- The publisher's first step, in its transaction: empty schemas main__next, history__next, bi__next and ctgov__next to copy the warehouse into (a function in the session's temporary schema: the server builds each statement from the names, never Python).
create or replace function pg_temp.trials_stage() returns void
language plpgsql as $$
declare
    target text;
begin
    foreach target in array array['main', 'history', 'bi', 'ctgov'] loop
        execute format('drop schema if exists %I cascade', target || '__next');
        execute format('create schema %I', target || '__next');
    end loop;
end
$$;
