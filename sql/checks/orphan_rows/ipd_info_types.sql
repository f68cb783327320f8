-- ipd_info_types rows whose trial is not in trials.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
select
    (select count(*) from ipd_info_types anti join trials using (nct_id)) as orphans;
