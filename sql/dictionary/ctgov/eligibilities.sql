-- ctgov.eligibilities: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.eligibilities is 'AACT''s eligibilities: who may take part. Grain: one row per trial whose record has an eligibility module. Key: id.';
comment on column ctgov.eligibilities.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number (NCT00012345 is 12345), one row per trial.';
comment on column ctgov.eligibilities.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.eligibilities.sampling_method is 'AACT: PROBABILITY_SAMPLE or NON_PROBABILITY_SAMPLE. Here: trials.sampling_method.';
comment on column ctgov.eligibilities.gender is 'AACT: ALL, FEMALE or MALE. Here: trials.sex.';
comment on column ctgov.eligibilities.minimum_age is 'AACT: the minimum age as the record gives it (18 Years); NULL when none. Here: trials.minimum_age.';
comment on column ctgov.eligibilities.maximum_age is 'AACT: the maximum age as the record gives it; NULL when none. Here: trials.maximum_age.';
comment on column ctgov.eligibilities.healthy_volunteers is 'AACT: true when healthy volunteers are accepted. Here: trials.healthy_volunteers.';
comment on column ctgov.eligibilities.population is 'AACT: the study population of an observational study. Here: trials.study_population, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.eligibilities.criteria is 'AACT: the eligibility criteria as the record gives them. Here: trials.eligibility_criteria with the colon after each Inclusion Criteria and Exclusion Criteria heading that the native column takes off (pipelines.parsing.values.with_criteria_colons), or the record''s own text (text_as_written) where it is written otherwise.';
comment on column ctgov.eligibilities.gender_description is 'AACT: the description of gender eligibility. Here: trials.gender_description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.eligibilities.gender_based is 'AACT: true when eligibility is based on gender. Here: trials.gender_based.';
comment on column ctgov.eligibilities.adult is 'AACT: true when adults (18-64) may take part; NULL when the record gives no age groups. Here: age_groups.';
comment on column ctgov.eligibilities.child is 'AACT: true when children (under 18) may take part. Here: age_groups.';
comment on column ctgov.eligibilities.older_adult is 'AACT: true when older adults (65+) may take part. Here: age_groups.';
