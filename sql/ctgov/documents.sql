-- AACT's documents: the available individual-participant-data sets and documents the record lists.
-- grain: one row per available document
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column document_id: AACT: the document's identifier. Here: available_ipds.ipd_id, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column document_type: AACT: its type as the record gives it. Here: available_ipds.ipd_type, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column url: AACT: where it is. Here: available_ipds.url, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column comment: AACT: a comment. Here: available_ipds.comment, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
create or replace view ctgov.documents as
select
    substr(d.nct_id, 4)::bigint * 1000000000 + d.ordinal as id,
    d.nct_id,
    coalesce(w_d.ipd_id, d.ipd_id) as document_id,
    coalesce(w_d.ipd_type, d.ipd_type) as document_type,
    coalesce(w_d.url, d.url) as url,
    coalesce(w_d.comment, d.comment) as comment
from main.available_ipds as d
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'ipd_id') as ipd_id,
        max(written) filter (where column_name = 'ipd_type') as ipd_type,
        max(written) filter (where column_name = 'url') as url,
        max(written) filter (where column_name = 'comment') as comment
    from main.text_as_written
    where table_name = 'available_ipds'
    group by nct_id, row_ordinal
) as w_d on w_d.nct_id = d.nct_id and w_d.row_ordinal = d.ordinal;
