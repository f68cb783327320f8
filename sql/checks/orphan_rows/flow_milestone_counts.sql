-- flow_milestone_counts rows whose trial is not in trials, or that name a row of it that is not there (group_ordinal in result_groups, period_ordinal in flow_periods, milestone_ordinal in flow_milestones).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
select
    (select count(*) from flow_milestone_counts anti join trials using (nct_id))
    + (select count(*) from flow_milestone_counts as c anti join result_groups as p on p.nct_id = c.nct_id and p.ordinal = c.group_ordinal where c.group_ordinal is not null)
    + (select count(*) from flow_milestone_counts as c anti join flow_periods as p on p.nct_id = c.nct_id and p.ordinal = c.period_ordinal)
    + (select count(*) from flow_milestone_counts as c anti join flow_milestones as p on p.nct_id = c.nct_id and p.ordinal = c.milestone_ordinal) as orphans;
