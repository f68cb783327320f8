-- One row per participant-flow drop-out reason and group, with the number of participants (and units); JSON and API sources only.
-- Key (nct_id, ordinal): kept unique by the blocking check key_is_unique, not by an index (an
-- index doubles the load time and the file size, and DuckDB 1.0 cannot read a file holding one).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create table if not exists flow_drop_withdrawal_counts (
    nct_id varchar not null,
    ordinal integer not null,
    source_kind varchar not null,
    group_ordinal integer,
    group_code varchar,
    period_ordinal integer not null,
    drop_withdrawal_ordinal integer not null,
    num_subjects integer,
    num_subjects_raw varchar,
    num_units integer,
    num_units_raw varchar,
    comment varchar
);
