-- AACT's id_information: the trial's other identifiers: the sponsor's (org_study_id), secondary ones and merged NCT IDs (nct_alias).
-- grain: one row per identifier
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column id_source: AACT: org_study_id, secondary_id or nct_alias. Here: identifiers.identifier_source (nct_id_alias there).
-- column id_value: AACT: the identifier. Here: identifiers.identifier.
-- column id_type: AACT: the identifier's type, the API's code (NIH, EUDRACT_NUMBER, OTHER_GRANT ...). Here: identifiers.identifier_type.
-- column id_type_description: AACT: who issued it (secondaryIdInfos.domain). Here: identifiers.domain.
-- column id_link: AACT: a link to it. Here: identifiers.link.
create or replace view ctgov.id_information as
select
    substr(i.nct_id, 4)::bigint * 1000000000 + i.ordinal as id,
    i.nct_id,
    case i.identifier_source when 'nct_id_alias' then 'nct_alias' else i.identifier_source end as id_source,
    i.identifier as id_value,
    i.identifier_type as id_type,
    i.domain as id_type_description,
    i.link as id_link
from main.identifiers as i;
