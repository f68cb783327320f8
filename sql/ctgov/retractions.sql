-- AACT's retractions: retraction notices of cited publications.
-- grain: one row per retraction of a cited publication
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column reference_id: AACT: the cited publication's id (join study_references.id). Here: from reference_retractions.reference_ordinal.
-- column pmid: AACT: the retraction's PubMed ID. Here: reference_retractions.pmid.
-- column source: AACT: where it was published. Here: reference_retractions.source, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
create or replace view ctgov.retractions as
select
    substr(r.nct_id, 4)::bigint * 1000000000 + r.ordinal as id,
    substr(r.nct_id, 4)::bigint * 1000000000 + r.reference_ordinal as reference_id,
    r.pmid,
    coalesce(w_r.source, r.source) as source,
    r.nct_id
from main.reference_retractions as r
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'source') as source
    from main.text_as_written
    where table_name = 'reference_retractions'
    group by nct_id, row_ordinal
) as w_r on w_r.nct_id = r.nct_id and w_r.row_ordinal = r.ordinal;
