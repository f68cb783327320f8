-- AACT's ipd_information_types: the documents shared with the individual participant data.
-- grain: one row per information type
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column name: AACT: the API's code (STUDY_PROTOCOL, SAP, ICF, CSR, ANALYTIC_CODE). Here: ipd_info_types.info_type.
create or replace view ctgov.ipd_information_types as
select
    substr(i.nct_id, 4)::bigint * 1000000000 + i.ordinal as id,
    i.nct_id,
    i.info_type as name
from main.ipd_info_types as i;
