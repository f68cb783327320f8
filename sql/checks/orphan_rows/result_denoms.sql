-- result_denoms rows whose trial is not in trials, or that name a row of it that is not there (group_ordinal in result_groups, measure_ordinal in result_measures, class_ordinal in measure_classes).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
select
    (select count(*) from result_denoms anti join trials using (nct_id))
    + (select count(*) from result_denoms as c anti join result_groups as p on p.nct_id = c.nct_id and p.ordinal = c.group_ordinal where c.group_ordinal is not null)
    + (select count(*) from result_denoms as c anti join result_measures as p on p.nct_id = c.nct_id and p.ordinal = c.measure_ordinal where c.measure_ordinal is not null)
    + (select count(*) from result_denoms as c anti join measure_classes as p on p.nct_id = c.nct_id and p.ordinal = c.class_ordinal where c.class_ordinal is not null) as orphans;
