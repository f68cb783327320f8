-- One publisher at a time into a database: a second waits here, in its transaction, until the first commits or rolls back.
select pg_advisory_xact_lock(hashtext('trials-warehouse publish'));
