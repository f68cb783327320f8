-- AACT's central_contacts: the trial's central contacts (the first is primary, the next backup).
-- grain: one row per central contact
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column contact_type: AACT: primary for the first contact, backup for the others. Here: by central_contacts.ordinal.
-- column name: AACT: the contact's name. Here: central_contacts.name.
-- column phone: AACT: the contact's phone. Here: central_contacts.phone.
-- column email: AACT: the contact's email. Here: central_contacts.email.
-- column phone_extension: AACT: the phone extension. Here: central_contacts.phone_ext.
-- column role: AACT: the contact's role, the API's code (CONTACT ...). Here: central_contacts.role.
create or replace view ctgov.central_contacts as
select
    substr(c.nct_id, 4)::bigint * 1000000000 + c.ordinal as id,
    c.nct_id,
    case when row_number() over (partition by c.nct_id order by c.ordinal) = 1 then 'primary' else 'backup' end as contact_type,
    c.name,
    c.phone,
    c.email,
    c.phone_ext as phone_extension,
    c.role
from main.central_contacts as c;
