-- AACT's documents: the available individual-participant-data sets and documents the record lists.
-- grain: one row per available document
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column document_id: AACT: the document's identifier. Here: available_ipds.ipd_id.
-- column document_type: AACT: its type as the record gives it. Here: available_ipds.ipd_type.
-- column url: AACT: where it is. Here: available_ipds.url.
-- column comment: AACT: a comment. Here: available_ipds.comment.
create or replace view ctgov.documents as
select
    substr(d.nct_id, 4)::bigint * 1000000000 + d.ordinal as id,
    d.nct_id,
    d.ipd_id as document_id,
    d.ipd_type as document_type,
    d.url,
    d.comment
from main.available_ipds as d;
