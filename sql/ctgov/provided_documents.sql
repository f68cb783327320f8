-- AACT's provided_documents: the protocol, statistical analysis plan and consent form files the registry holds.
-- grain: one row per provided document
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column document_type: AACT: the document's label (Study Protocol and Statistical Analysis Plan). Here: large_documents.label, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column has_protocol: AACT: true when it holds the protocol. Here: large_documents.has_protocol.
-- column has_icf: AACT: true when it holds the informed consent form. Here: large_documents.has_icf.
-- column has_sap: AACT: true when it holds the statistical analysis plan. Here: large_documents.has_sap.
-- column document_date: AACT: the document's date. Here: large_documents.document_date.
-- column url: AACT: the file's address as AACT builds it (https://ClinicalTrials.gov/ProvidedDocs/<last two digits>/<NCT ID>/<file>). Here: built the same way from large_documents.filename.
create or replace view ctgov.provided_documents as
select
    substr(d.nct_id, 4)::bigint * 1000000000 + d.ordinal as id,
    d.nct_id,
    coalesce(w_d.label, d.label) as document_type,
    d.has_protocol,
    d.has_icf,
    d.has_sap,
    d.document_date,
    'https://ClinicalTrials.gov/ProvidedDocs/' || right(d.nct_id, 2) || '/' || d.nct_id || '/' || d.filename as url
from main.large_documents as d
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'label') as label
    from main.text_as_written
    where table_name = 'large_documents'
    group by nct_id, row_ordinal
) as w_d on w_d.nct_id = d.nct_id and w_d.row_ordinal = d.ordinal;
