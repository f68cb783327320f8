-- After a publish: drop the schemas earlier publishes renamed aside, each as soon as no reader holds its tables (under the caller's lock_timeout; a schema still read is left for the next publish). Returns how many are left.
create or replace function pg_temp.trials_drop_old() returns integer
language plpgsql as $$
declare
    old text;
    left_over integer := 0;
begin
    for old in select nspname from pg_namespace where nspname ~ '^(main|history|bi|ctgov)__old_' loop
        begin
            execute format('drop schema %I cascade', old);
        exception when lock_not_available then
            left_over := left_over + 1;
        end;
    end loop;
    return left_over;
end
$$;
