-- AACT's convenience view all_browse_interventions: the MeSH terms of the trial's interventions (terms and ancestors), joined with |, one row per trial that has any.
-- grain: one row per trial
-- key: nct_id
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column names: AACT: the MeSH terms of the trial's interventions (terms and ancestors), joined with | (in the record's order; a NULL value is left out, so a trial whose only value is NULL has an empty string). Here: mesh_terms.term.
create or replace view ctgov.all_browse_interventions as
select
    x.nct_id,
    coalesce(string_agg(x.term, '|' order by x.ordinal), '') as names
from main.mesh_terms as x
where x.domain = 'intervention'
group by x.nct_id;
