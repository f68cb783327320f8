-- AACT's retractions: retraction notices of cited publications.
-- grain: one row per retraction of a cited publication
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column reference_id: AACT: the cited publication's id (join study_references.id). Here: from reference_retractions.reference_ordinal.
-- column pmid: AACT: the retraction's PubMed ID. Here: reference_retractions.pmid.
-- column source: AACT: where it was published. Here: reference_retractions.source.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
create or replace view ctgov.retractions as
select
    substr(r.nct_id, 4)::bigint * 1000000000 + r.ordinal as id,
    substr(r.nct_id, 4)::bigint * 1000000000 + r.reference_ordinal as reference_id,
    r.pmid,
    r.source,
    r.nct_id
from main.reference_retractions as r;
