-- AACT's eligibilities: who may take part.
-- grain: one row per trial whose record has an eligibility module
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number (NCT00012345 is 12345), one row per trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column sampling_method: AACT: PROBABILITY_SAMPLE or NON_PROBABILITY_SAMPLE. Here: trials.sampling_method.
-- column gender: AACT: ALL, FEMALE or MALE. Here: trials.sex.
-- column minimum_age: AACT: the minimum age as the record gives it (18 Years); NULL when none. Here: trials.minimum_age.
-- column maximum_age: AACT: the maximum age as the record gives it; NULL when none. Here: trials.maximum_age.
-- column healthy_volunteers: AACT: true when healthy volunteers are accepted. Here: trials.healthy_volunteers.
-- column population: AACT: the study population of an observational study. Here: trials.study_population, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column criteria: AACT: the eligibility criteria as the record gives them. Here: trials.eligibility_criteria with the colon after each Inclusion Criteria and Exclusion Criteria heading that the native column takes off (pipelines.parsing.values.with_criteria_colons), or the record's own text (text_as_written) where it is written otherwise.
-- column gender_description: AACT: the description of gender eligibility. Here: trials.gender_description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column gender_based: AACT: true when eligibility is based on gender. Here: trials.gender_based.
-- column adult: AACT: true when adults (18-64) may take part; NULL when the record gives no age groups. Here: age_groups.
-- column child: AACT: true when children (under 18) may take part. Here: age_groups.
-- column older_adult: AACT: true when older adults (65+) may take part. Here: age_groups.
create or replace view ctgov.eligibilities as
select
    substr(t.nct_id, 4)::bigint as id,
    t.nct_id,
    t.sampling_method,
    t.sex as gender,
    t.minimum_age,
    t.maximum_age,
    t.healthy_volunteers,
    coalesce(w_t.study_population, t.study_population) as population,
    coalesce(w_t.eligibility_criteria, regexp_replace(t.eligibility_criteria, '(?mi)^((inclusion|exclusion) criteria)$', '\1:', 'g')) as criteria,
    coalesce(w_t.gender_description, t.gender_description) as gender_description,
    t.gender_based,
    g.adult,
    g.child,
    g.older_adult
from main.trials as t
left join (
    select
        nct_id,
        bool_or(age_group = 'ADULT') as adult,
        bool_or(age_group = 'CHILD') as child,
        bool_or(age_group = 'OLDER_ADULT') as older_adult
    from main.age_groups
    group by nct_id
) as g on g.nct_id = t.nct_id
left join (
    select
        nct_id,
        max(written) filter (where column_name = 'study_population') as study_population,
        max(written) filter (where column_name = 'eligibility_criteria') as eligibility_criteria,
        max(written) filter (where column_name = 'gender_description') as gender_description
    from main.text_as_written
    where table_name = 'trials'
    group by nct_id
) as w_t on w_t.nct_id = t.nct_id
where
    coalesce(t.eligibility_criteria, t.sex, t.minimum_age, t.maximum_age, t.study_population, t.sampling_method, t.gender_description) is not null
    or t.healthy_volunteers is not null or t.gender_based is not null or g.nct_id is not null;
