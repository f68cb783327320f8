-- AACT's result_agreements: whether investigators may publish the results.
-- grain: one row per trial with posted results that states an agreement
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number (NCT00012345 is 12345), one row per trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column pi_employee: AACT: true when all principal investigators are sponsor employees. Here: trials.agreement_pi_sponsor_employee.
-- column agreement: AACT: the agreement's text, which the API no longer gives: NULL in AACT too. Here: always NULL.
-- column restriction_type: AACT: LTE60, GT60 or OTHER. Here: trials.agreement_restriction_type.
-- column other_details: AACT: details of another restriction. Here: trials.agreement_other_details, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column restrictive_agreement: AACT: true when an agreement restricts the PI's rights to publish. Here: trials.agreement_restrictive.
create or replace view ctgov.result_agreements as
select
    substr(t.nct_id, 4)::bigint as id,
    t.nct_id,
    t.agreement_pi_sponsor_employee as pi_employee,
    null::varchar as agreement,
    t.agreement_restriction_type as restriction_type,
    coalesce(w_t.agreement_other_details, t.agreement_other_details) as other_details,
    t.agreement_restrictive as restrictive_agreement
from main.trials as t
left join (
    select
        nct_id,
        max(written) filter (where column_name = 'agreement_other_details') as agreement_other_details
    from main.text_as_written
    where table_name = 'trials'
    group by nct_id
) as w_t on w_t.nct_id = t.nct_id
where
    coalesce(t.agreement_restriction_type, t.agreement_other_details) is not null
    or t.agreement_pi_sponsor_employee is not null or t.agreement_restrictive is not null;
