-- adverse_event_stats rows whose trial is not in trials, or that name a row of it that is not there (group_ordinal in result_groups, event_ordinal in adverse_events).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
select
    (select count(*) from adverse_event_stats anti join trials using (nct_id))
    + (select count(*) from adverse_event_stats as c anti join result_groups as p on p.nct_id = c.nct_id and p.ordinal = c.group_ordinal where c.group_ordinal is not null)
    + (select count(*) from adverse_event_stats as c anti join adverse_events as p on p.nct_id = c.nct_id and p.ordinal = c.event_ordinal) as orphans;
