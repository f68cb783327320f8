-- reference_retractions rows whose trial is not in trials, or that name a row of it that is not there (reference_ordinal in trial_references).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
select
    (select count(*) from reference_retractions anti join trials using (nct_id))
    + (select count(*) from reference_retractions as c anti join trial_references as p on p.nct_id = c.nct_id and p.ordinal = c.reference_ordinal) as orphans;
