-- AACT's result_contacts: the point of contact for the posted results.
-- grain: one row per trial with posted results that names a contact
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number (NCT00012345 is 12345), one row per trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column organization: AACT: the contact's organisation. Here: trials.results_contact_organization, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column name: AACT: the contact's name or title (pointOfContact.title). Here: trials.results_contact_title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column phone: AACT: the contact's phone. Here: trials.results_contact_phone, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column email: AACT: the contact's email. Here: trials.results_contact_email, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column extension: AACT: the phone extension. Here: trials.results_contact_phone_ext, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
create or replace view ctgov.result_contacts as
select
    substr(t.nct_id, 4)::bigint as id,
    t.nct_id,
    coalesce(w_t.results_contact_organization, t.results_contact_organization) as organization,
    coalesce(w_t.results_contact_title, t.results_contact_title) as name,
    coalesce(w_t.results_contact_phone, t.results_contact_phone) as phone,
    coalesce(w_t.results_contact_email, t.results_contact_email) as email,
    coalesce(w_t.results_contact_phone_ext, t.results_contact_phone_ext) as extension
from main.trials as t
left join (
    select
        nct_id,
        max(written) filter (where column_name = 'results_contact_title') as results_contact_title,
        max(written) filter (where column_name = 'results_contact_organization') as results_contact_organization,
        max(written) filter (where column_name = 'results_contact_email') as results_contact_email,
        max(written) filter (where column_name = 'results_contact_phone') as results_contact_phone,
        max(written) filter (where column_name = 'results_contact_phone_ext') as results_contact_phone_ext
    from main.text_as_written
    where table_name = 'trials'
    group by nct_id
) as w_t on w_t.nct_id = t.nct_id
where coalesce(t.results_contact_title, t.results_contact_organization, t.results_contact_email, t.results_contact_phone, t.results_contact_phone_ext) is not null;
