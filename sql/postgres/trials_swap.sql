-- The publish itself, the last step of the publisher's transaction: each published schema renamed aside (<schema>__old_<suffix>) and its new copy renamed into its place. A rename waits for no reader: a query running on the old tables goes on to its end.
create or replace function pg_temp.trials_swap(suffix text) returns void
language plpgsql as $$
declare
    target text;
begin
    foreach target in array array['main', 'history', 'bi', 'ctgov'] loop
        if exists (select from pg_namespace where nspname = target) then
            execute format('alter schema %I rename to %I', target, target || '__old_' || suffix);
        end if;
        execute format('alter schema %I rename to %I', target || '__next', target);
    end loop;
end
$$;
