-- site_contacts rows whose trial is not in trials, or that name a row of it that is not there (site_ordinal in sites).
-- Generated from the contracts by `make generate`: do not edit (a file without this line is hand-written and kept).
select
    (select count(*) from site_contacts anti join trials using (nct_id))
    + (select count(*) from site_contacts as c anti join sites as p on p.nct_id = c.nct_id and p.ordinal = c.site_ordinal) as orphans;
