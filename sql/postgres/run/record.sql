-- This publish in the ledger (sql/postgres/trials_ledger.sql), in its transaction.
insert into trials_publish.publishes (kind, shape, load_id, trials_sent, rows_sent, relations_sent, seconds)
values ($1, $2, $3, $4, $5, $6, $7);
