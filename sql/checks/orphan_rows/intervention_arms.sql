-- intervention_arms rows whose trial is not in trials, or that name a row of it that is not there (intervention_ordinal in interventions).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
select
    (select count(*) from intervention_arms anti join trials using (nct_id))
    + (select count(*) from intervention_arms as c anti join interventions as p on p.nct_id = c.nct_id and p.ordinal = c.intervention_ordinal) as orphans;
