-- AACT's result_contacts: the point of contact for the posted results.
-- grain: one row per trial with posted results that names a contact
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number (NCT00012345 is 12345), one row per trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column organization: AACT: the contact's organisation. Here: trials.results_contact_organization.
-- column name: AACT: the contact's name or title (pointOfContact.title). Here: trials.results_contact_title.
-- column phone: AACT: the contact's phone. Here: trials.results_contact_phone.
-- column email: AACT: the contact's email. Here: trials.results_contact_email.
-- column extension: AACT: the phone extension. Here: trials.results_contact_phone_ext.
create or replace view ctgov.result_contacts as
select
    substr(t.nct_id, 4)::bigint as id,
    t.nct_id,
    t.results_contact_organization as organization,
    t.results_contact_title as name,
    t.results_contact_phone as phone,
    t.results_contact_email as email,
    t.results_contact_phone_ext as extension
from main.trials as t
where coalesce(t.results_contact_title, t.results_contact_organization, t.results_contact_email, t.results_contact_phone, t.results_contact_phone_ext) is not null;
