-- measure_categories rows whose trial is not in trials, or that name a row of it that is not there (measure_ordinal in result_measures, class_ordinal in measure_classes).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
select
    (select count(*) from measure_categories anti join trials using (nct_id))
    + (select count(*) from measure_categories as c anti join result_measures as p on p.nct_id = c.nct_id and p.ordinal = c.measure_ordinal)
    + (select count(*) from measure_categories as c anti join measure_classes as p on p.nct_id = c.nct_id and p.ordinal = c.class_ordinal) as orphans;
