-- AACT's facility_contacts: a site's contacts other than its investigators (the first is primary, the rest backup).
-- grain: one row per site contact whose role is not an investigator's or a study chair's
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column facility_id: AACT: the site's id in facilities (join facilities.id). Here: from site_contacts.site_ordinal.
-- column contact_type: AACT: primary for the site's first contact, backup for the others. Here: by site_contacts.ordinal.
-- column name: AACT: the contact's name. Here: site_contacts.name, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column email: AACT: the contact's email. Here: site_contacts.email, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column phone: AACT: the contact's phone. Here: site_contacts.phone, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column phone_extension: AACT: the phone extension. Here: site_contacts.phone_ext, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
create or replace view ctgov.facility_contacts as
select
    substr(c.nct_id, 4)::bigint * 1000000000 + c.ordinal as id,
    c.nct_id,
    substr(c.nct_id, 4)::bigint * 1000000000 + c.site_ordinal as facility_id,
    case when row_number() over (partition by c.nct_id, c.site_ordinal order by c.ordinal) = 1 then 'primary' else 'backup' end as contact_type,
    coalesce(w_c.name, c.name) as name,
    coalesce(w_c.email, c.email) as email,
    coalesce(w_c.phone, c.phone) as phone,
    coalesce(w_c.phone_ext, c.phone_ext) as phone_extension
from main.site_contacts as c
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'name') as name,
        max(written) filter (where column_name = 'phone') as phone,
        max(written) filter (where column_name = 'email') as email,
        max(written) filter (where column_name = 'phone_ext') as phone_ext
    from main.text_as_written
    where table_name = 'site_contacts'
    group by nct_id, row_ordinal
) as w_c on w_c.nct_id = c.nct_id and w_c.row_ordinal = c.ordinal
where not regexp_matches(coalesce(c.role, ''), '(?i)investigator|study.chair');
