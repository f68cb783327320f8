-- AACT's study_references: the publications the record cites.
-- grain: one row per reference
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column pmid: AACT: the PubMed ID. Here: trial_references.pmid.
-- column reference_type: AACT: BACKGROUND, RESULT or DERIVED, the API's code. Here: trial_references.reference_type.
-- column citation: AACT: the citation. Here: trial_references.citation.
create or replace view ctgov.study_references as
select
    substr(r.nct_id, 4)::bigint * 1000000000 + r.ordinal as id,
    r.nct_id,
    r.pmid,
    r.reference_type,
    r.citation
from main.trial_references as r;
