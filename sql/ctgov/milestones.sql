-- AACT's milestones: participant-flow milestones (STARTED, COMPLETED ...) per period and group.
-- grain: one row per milestone count of a group in a period
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column result_group_id: AACT: the id of the group in result_groups (join result_groups.id). Here: from group_ordinal, resolved at load.
-- column ctgov_group_code: AACT: the group's code in the record (BG000, FG000, OG000, EG000). Here: group_code as written.
-- column title: AACT: the milestone (STARTED, COMPLETED, NOT COMPLETED ...). Here: flow_milestones.milestone_type, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column period: AACT: the period's title. Here: flow_periods.title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column description: AACT: the group's comment on the count. Here: flow_milestone_counts.comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column count: AACT: participants reaching the milestone, read as Rails reads text into an integer column. Here: from flow_milestone_counts.num_subjects_raw.
-- column milestone_description: AACT: the milestone's comment. Here: flow_milestones.comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column count_units: AACT: units reaching the milestone, as written. Here: flow_milestone_counts.num_units_raw.
create or replace view ctgov.milestones as
select
    substr(c.nct_id, 4)::bigint * 1000000000 + c.ordinal as id,
    c.nct_id,
    substr(c.nct_id, 4)::bigint * 1000000000 + c.group_ordinal as result_group_id,
    c.group_code as ctgov_group_code,
    coalesce(w_m.milestone_type, m.milestone_type) as title,
    coalesce(w_p.title, p.title) as period,
    coalesce(w_c.comment, c.comment) as description,
    case when c.num_subjects_raw is not null then coalesce(try_cast(regexp_extract(c.num_subjects_raw, '^\s*[-+]?\d+') as bigint), 0) end as count,
    coalesce(w_m.comment, m.comment) as milestone_description,
    c.num_units_raw as count_units
from main.flow_milestone_counts as c
inner join main.flow_milestones as m on m.nct_id = c.nct_id and m.ordinal = c.milestone_ordinal
inner join main.flow_periods as p on p.nct_id = c.nct_id and p.ordinal = c.period_ordinal
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'comment') as comment
    from main.text_as_written
    where table_name = 'flow_milestone_counts'
    group by nct_id, row_ordinal
) as w_c on w_c.nct_id = c.nct_id and w_c.row_ordinal = c.ordinal
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'milestone_type') as milestone_type,
        max(written) filter (where column_name = 'comment') as comment
    from main.text_as_written
    where table_name = 'flow_milestones'
    group by nct_id, row_ordinal
) as w_m on w_m.nct_id = m.nct_id and w_m.row_ordinal = m.ordinal
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'title') as title
    from main.text_as_written
    where table_name = 'flow_periods'
    group by nct_id, row_ordinal
) as w_p on w_p.nct_id = p.nct_id and w_p.row_ordinal = p.ordinal;
