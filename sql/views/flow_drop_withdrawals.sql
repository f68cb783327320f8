-- One row per reason participants did not complete a participant-flow period (the counts per group are in flow_drop_withdrawal_counts); JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- column flow_drop_withdrawals_key: Single-column key of this row (nct_id:ordinal): the rows that name it carry the same flow_drop_withdrawals_key.
-- column flow_periods_key: The flow_periods row this row names (nct_id:period_ordinal), to join bi.flow_periods on flow_periods_key alone.
create or replace view bi.flow_drop_withdrawals as
select
    * replace (ordinal::bigint as ordinal, period_ordinal::bigint as period_ordinal),
    nct_id || ':' || ordinal as flow_drop_withdrawals_key,
    nct_id || ':' || period_ordinal as flow_periods_key
from main.flow_drop_withdrawals;
