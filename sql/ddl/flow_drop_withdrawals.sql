-- One row per reason participants did not complete a participant-flow period (the counts per group are in flow_drop_withdrawal_counts); JSON and API sources only.
-- Key (nct_id, ordinal): kept unique by the blocking check key_is_unique, not by an index (an
-- index doubles the load time and the file size, and DuckDB 1.0 cannot read a file holding one).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists flow_drop_withdrawals (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    period_ordinal integer not null,
    reason varchar,
    comment varchar
);
