-- flow_milestones rows whose trial is not in trials, or that name a row of it that is not there (period_ordinal in flow_periods).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
select
    (select count(*) from flow_milestones anti join trials using (nct_id))
    + (select count(*) from flow_milestones as c anti join flow_periods as p on p.nct_id = c.nct_id and p.ordinal = c.period_ordinal) as orphans;
