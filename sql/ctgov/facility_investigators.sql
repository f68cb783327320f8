-- AACT's facility_investigators: a site's investigators and study chairs.
-- grain: one row per site contact whose role is an investigator's or a study chair's
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column facility_id: AACT: the site's id in facilities (join facilities.id). Here: from site_contacts.site_ordinal.
-- column role: AACT: PRINCIPAL_INVESTIGATOR, SUB_INVESTIGATOR or STUDY_CHAIR. Here: site_contacts.role.
-- column name: AACT: the investigator's name. Here: site_contacts.name, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
create or replace view ctgov.facility_investigators as
select
    substr(c.nct_id, 4)::bigint * 1000000000 + c.ordinal as id,
    c.nct_id,
    substr(c.nct_id, 4)::bigint * 1000000000 + c.site_ordinal as facility_id,
    c.role,
    coalesce(w_c.name, c.name) as name
from main.site_contacts as c
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'name') as name
    from main.text_as_written
    where table_name = 'site_contacts'
    group by nct_id, row_ordinal
) as w_c on w_c.nct_id = c.nct_id and w_c.row_ordinal = c.ordinal
where regexp_matches(coalesce(c.role, ''), '(?i)investigator|study.chair');
