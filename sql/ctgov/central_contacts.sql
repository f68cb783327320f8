-- AACT's central_contacts: the trial's central contacts (the first is primary, the next backup).
-- grain: one row per central contact
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column contact_type: AACT: primary for the first contact, backup for the others. Here: by central_contacts.ordinal.
-- column name: AACT: the contact's name. Here: central_contacts.name, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column phone: AACT: the contact's phone. Here: central_contacts.phone, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column email: AACT: the contact's email. Here: central_contacts.email, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column phone_extension: AACT: the phone extension. Here: central_contacts.phone_ext, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column role: AACT: the contact's role, the API's code (CONTACT ...). Here: central_contacts.role.
create or replace view ctgov.central_contacts as
select
    substr(c.nct_id, 4)::bigint * 1000000000 + c.ordinal as id,
    c.nct_id,
    case when row_number() over (partition by c.nct_id order by c.ordinal) = 1 then 'primary' else 'backup' end as contact_type,
    coalesce(w_c.name, c.name) as name,
    coalesce(w_c.phone, c.phone) as phone,
    coalesce(w_c.email, c.email) as email,
    coalesce(w_c.phone_ext, c.phone_ext) as phone_extension,
    c.role
from main.central_contacts as c
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'name') as name,
        max(written) filter (where column_name = 'phone') as phone,
        max(written) filter (where column_name = 'email') as email,
        max(written) filter (where column_name = 'phone_ext') as phone_ext
    from main.text_as_written
    where table_name = 'central_contacts'
    group by nct_id, row_ordinal
) as w_c on w_c.nct_id = c.nct_id and w_c.row_ordinal = c.ordinal;
