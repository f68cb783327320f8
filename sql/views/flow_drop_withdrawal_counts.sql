-- One row per participant-flow drop-out reason and group, with the number of participants (and units); JSON and API sources only.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
create or replace view bi.flow_drop_withdrawal_counts as
select * replace (ordinal::bigint as ordinal, group_ordinal::bigint as group_ordinal, period_ordinal::bigint as period_ordinal, drop_withdrawal_ordinal::bigint as drop_withdrawal_ordinal, num_subjects::bigint as num_subjects, num_units::bigint as num_units)
from main.flow_drop_withdrawal_counts;
