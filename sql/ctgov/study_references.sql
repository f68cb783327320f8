-- AACT's study_references: the publications the record cites.
-- grain: one row per reference
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column pmid: AACT: the PubMed ID. Here: trial_references.pmid.
-- column reference_type: AACT: BACKGROUND, RESULT or DERIVED, the API's code. Here: trial_references.reference_type.
-- column citation: AACT: the citation. Here: trial_references.citation, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
create or replace view ctgov.study_references as
select
    substr(r.nct_id, 4)::bigint * 1000000000 + r.ordinal as id,
    r.nct_id,
    r.pmid,
    r.reference_type,
    coalesce(w_r.citation, r.citation) as citation
from main.trial_references as r
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'citation') as citation
    from main.text_as_written
    where table_name = 'trial_references'
    group by nct_id, row_ordinal
) as w_r on w_r.nct_id = r.nct_id and w_r.row_ordinal = r.ordinal;
