-- result_groups rows whose trial is not in trials, or that name a row of it that is not there (measure_ordinal in result_measures).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
select
    (select count(*) from result_groups anti join trials using (nct_id))
    + (select count(*) from result_groups as c anti join result_measures as p on p.nct_id = c.nct_id and p.ordinal = c.measure_ordinal where c.measure_ordinal is not null) as orphans;
