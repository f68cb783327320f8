-- AACT's id_information: the trial's other identifiers: the sponsor's (org_study_id), secondary ones and merged NCT IDs (nct_alias).
-- grain: one row per identifier
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column id_source: AACT: org_study_id, secondary_id or nct_alias. Here: identifiers.identifier_source (nct_id_alias there).
-- column id_value: AACT: the identifier. Here: identifiers.identifier, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column id_type: AACT: the identifier's type, the API's code (NIH, EUDRACT_NUMBER, OTHER_GRANT ...). Here: identifiers.identifier_type.
-- column id_type_description: AACT: who issued it (secondaryIdInfos.domain). Here: identifiers.domain, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column id_link: AACT: a link to it. Here: identifiers.link, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
create or replace view ctgov.id_information as
select
    substr(i.nct_id, 4)::bigint * 1000000000 + i.ordinal as id,
    i.nct_id,
    case i.identifier_source when 'nct_id_alias' then 'nct_alias' else i.identifier_source end as id_source,
    coalesce(w_i.identifier, i.identifier) as id_value,
    i.identifier_type as id_type,
    coalesce(w_i.domain, i.domain) as id_type_description,
    coalesce(w_i.link, i.link) as id_link
from main.identifiers as i
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'identifier') as identifier,
        max(written) filter (where column_name = 'domain') as domain,
        max(written) filter (where column_name = 'link') as link
    from main.text_as_written
    where table_name = 'identifiers'
    group by nct_id, row_ordinal
) as w_i on w_i.nct_id = i.nct_id and w_i.row_ordinal = i.ordinal;
