-- ctgov.result_agreements: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.result_agreements is 'AACT''s result_agreements: whether investigators may publish the results. Grain: one row per trial with posted results that states an agreement. Key: id.';
comment on column ctgov.result_agreements.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number (NCT00012345 is 12345), one row per trial.';
comment on column ctgov.result_agreements.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.result_agreements.pi_employee is 'AACT: true when all principal investigators are sponsor employees. Here: trials.agreement_pi_sponsor_employee.';
comment on column ctgov.result_agreements.agreement is 'AACT: the agreement''s text, which the API no longer gives: NULL in AACT too. Here: always NULL.';
comment on column ctgov.result_agreements.restriction_type is 'AACT: LTE60, GT60 or OTHER. Here: trials.agreement_restriction_type.';
comment on column ctgov.result_agreements.other_details is 'AACT: details of another restriction. Here: trials.agreement_other_details, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.result_agreements.restrictive_agreement is 'AACT: true when an agreement restricts the PI''s rights to publish. Here: trials.agreement_restrictive.';
