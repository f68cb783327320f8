-- One row per reason participants did not complete a participant-flow period (the counts per group are in flow_drop_withdrawal_counts); JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.flow_drop_withdrawals as
select * replace (ordinal::bigint as ordinal, period_ordinal::bigint as period_ordinal)
from main.flow_drop_withdrawals;
