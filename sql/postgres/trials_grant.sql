-- The read-only role BI users are given (SELECT only): created, without login, when it is missing and the publisher may create roles; granted the new schemas before they are swapped in. Returns whether the role exists.
create or replace function pg_temp.trials_grant(reader text) returns boolean
language plpgsql as $$
declare
    target text;
begin
    if not exists (select from pg_roles where rolname = reader) then
        begin
            execute format('create role %I nologin', reader);
        exception when insufficient_privilege then
            return false;
        end;
    end if;
    foreach target in array array['main__next', 'bi__next', 'ctgov__next'] loop
        execute format('grant usage on schema %I to %I', target, reader);
        execute format('grant select on all tables in schema %I to %I', target, reader);
    end loop;
    return true;
end
$$;
