-- links rows whose trial is not in trials.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
select
    (select count(*) from links anti join trials using (nct_id)) as orphans;
