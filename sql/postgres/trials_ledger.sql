-- The ledger of publishes, trials_publish.publishes, made by the first publish: a row for each publish that sent something, with the shape of the warehouse the copy holds (so that the next publish knows whether it may send only what changed) and what it sent.
create or replace function pg_temp.trials_ledger() returns void
language plpgsql as $$
begin
    create schema if not exists trials_publish;
    create table if not exists trials_publish.publishes (
        published_at timestamp with time zone not null default clock_timestamp(),
        kind text not null,
        shape text not null,
        load_id text,
        trials_sent integer not null,
        rows_sent bigint not null,
        relations_sent integer not null,
        seconds double precision not null
    );
    comment on table trials_publish.publishes is 'One row per publish of the trials warehouse into this database, newest last: full (every table copied anew and swapped in) or incremental (the changed trials'' rows replaced in place).';
    comment on column trials_publish.publishes.published_at is 'When the publish wrote this row, just before it committed.';
    comment on column trials_publish.publishes.kind is 'full or incremental.';
    comment on column trials_publish.publishes.shape is 'A digest of the warehouse''s relations, columns, types, comments and view SQL: a publish sends only what changed when it is the same.';
    comment on column trials_publish.publishes.load_id is 'The newest load of the DuckDB file this publish copied (main.load_runs.load_id).';
    comment on column trials_publish.publishes.trials_sent is 'Trials whose rows this publish sent (all of them in a full publish).';
    comment on column trials_publish.publishes.rows_sent is 'Rows sent, in every table.';
    comment on column trials_publish.publishes.relations_sent is 'Tables whose rows this publish replaced.';
    comment on column trials_publish.publishes.seconds is 'How long the publish took up to this row.';
end
$$;
