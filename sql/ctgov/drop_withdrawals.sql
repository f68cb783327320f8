-- AACT's drop_withdrawals: why participants left, per period and group.
-- grain: one row per drop-out count of a group in a period
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column result_group_id: AACT: the id of the group in result_groups (join result_groups.id). Here: from group_ordinal, resolved at load.
-- column ctgov_group_code: AACT: the group's code in the record (BG000, FG000, OG000, EG000). Here: group_code as written.
-- column period: AACT: the period's title. Here: flow_periods.title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column reason: AACT: the reason (Adverse Event, Withdrawal by Subject ...). Here: flow_drop_withdrawals.reason, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column count: AACT: participants who left for it, read as Rails reads text into an integer column. Here: from flow_drop_withdrawal_counts.num_subjects_raw.
-- column drop_withdraw_comment: AACT: the reason's comment. Here: flow_drop_withdrawals.comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column reason_comment: AACT: the group's comment on the count. Here: flow_drop_withdrawal_counts.comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column count_units: AACT: units that left for it, read as Rails reads text into an integer column. Here: from flow_drop_withdrawal_counts.num_units_raw.
create or replace view ctgov.drop_withdrawals as
select
    substr(c.nct_id, 4)::bigint * 1000000000 + c.ordinal as id,
    c.nct_id,
    substr(c.nct_id, 4)::bigint * 1000000000 + c.group_ordinal as result_group_id,
    c.group_code as ctgov_group_code,
    coalesce(w_p.title, p.title) as period,
    coalesce(w_d.reason, d.reason) as reason,
    case when c.num_subjects_raw is not null then coalesce(try_cast(regexp_extract(c.num_subjects_raw, '^\s*[-+]?\d+') as bigint), 0) end as count,
    coalesce(w_d.comment, d.comment) as drop_withdraw_comment,
    coalesce(w_c.comment, c.comment) as reason_comment,
    case when c.num_units_raw is not null then coalesce(try_cast(regexp_extract(c.num_units_raw, '^\s*[-+]?\d+') as bigint), 0) end as count_units
from main.flow_drop_withdrawal_counts as c
inner join main.flow_drop_withdrawals as d on d.nct_id = c.nct_id and d.ordinal = c.drop_withdrawal_ordinal
inner join main.flow_periods as p on p.nct_id = c.nct_id and p.ordinal = c.period_ordinal
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'comment') as comment
    from main.text_as_written
    where table_name = 'flow_drop_withdrawal_counts'
    group by nct_id, row_ordinal
) as w_c on w_c.nct_id = c.nct_id and w_c.row_ordinal = c.ordinal
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'reason') as reason,
        max(written) filter (where column_name = 'comment') as comment
    from main.text_as_written
    where table_name = 'flow_drop_withdrawals'
    group by nct_id, row_ordinal
) as w_d on w_d.nct_id = d.nct_id and w_d.row_ordinal = d.ordinal
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'title') as title
    from main.text_as_written
    where table_name = 'flow_periods'
    group by nct_id, row_ordinal
) as w_p on w_p.nct_id = p.nct_id and w_p.row_ordinal = p.ordinal;
