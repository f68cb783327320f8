-- One row per participant-flow drop-out reason and group, with the number of participants (and units); JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
-- column result_groups_key: The result_groups row this row names (nct_id:group_ordinal), to join bi.result_groups on result_groups_key alone; NULL when it names none.
-- column flow_periods_key: The flow_periods row this row names (nct_id:period_ordinal), to join bi.flow_periods on flow_periods_key alone.
-- column flow_drop_withdrawals_key: The flow_drop_withdrawals row this row names (nct_id:drop_withdrawal_ordinal), to join bi.flow_drop_withdrawals on flow_drop_withdrawals_key alone.
create or replace view bi.flow_drop_withdrawal_counts as
select
    * replace (ordinal::bigint as ordinal, group_ordinal::bigint as group_ordinal, period_ordinal::bigint as period_ordinal, drop_withdrawal_ordinal::bigint as drop_withdrawal_ordinal, num_subjects::bigint as num_subjects, num_units::bigint as num_units),
    nct_id || ':' || group_ordinal as result_groups_key,
    nct_id || ':' || period_ordinal as flow_periods_key,
    nct_id || ':' || drop_withdrawal_ordinal as flow_drop_withdrawals_key
from main.flow_drop_withdrawal_counts;
