-- The read-only role BI users are given (SELECT only): created, without login, when it is missing and the publisher may create roles; granted the new schemas before they are swapped in (staged), or the published ones (an incremental publish, for a role named anew), and the ledger of publishes. Returns whether the role exists.
create or replace function pg_temp.trials_grant(reader text, staged boolean) returns boolean
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
    foreach target in array array['main', 'history', 'bi', 'ctgov', 'trials_publish'] loop
        if staged and target <> 'trials_publish' then
            target := target || '__next';
        end if;
        execute format('grant usage on schema %I to %I', target, reader);
        execute format('grant select on all tables in schema %I to %I', target, reader);
    end loop;
    return true;
end
$$;
