-- trial_references rows whose trial is not in trials.
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
select
    (select count(*) from trial_references anti join trials using (nct_id)) as orphans;
