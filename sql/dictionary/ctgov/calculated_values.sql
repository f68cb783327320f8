-- ctgov.calculated_values: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.calculated_values is 'AACT''s calculated_values: the values AACT computes for each trial (site counts, months to report, ages as numbers ...), by AACT''s rules. Grain: one row per trial. Key: id.';
comment on column ctgov.calculated_values.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number (NCT00012345 is 12345), one row per trial.';
comment on column ctgov.calculated_values.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.calculated_values.number_of_facilities is 'AACT: how many facilities the trial lists, 0 when none. Here: trials.number_of_sites.';
comment on column ctgov.calculated_values.number_of_nsae_subjects is 'AACT: the sum of subjects_affected over the trial''s other (non-serious) reported events; NULL when it has none. Here: adverse_event_stats.';
comment on column ctgov.calculated_values.number_of_sae_subjects is 'AACT: the sum of subjects_affected over the trial''s serious reported events; NULL when it has none. Here: adverse_event_stats.';
comment on column ctgov.calculated_values.registered_in_calendar_year is 'AACT: the year the trial was first submitted. Here: from trials.study_first_submitted.';
comment on column ctgov.calculated_values.nlm_download_date is 'AACT: the date NLM made the record available; NULL since AACT loads API v2. Here: always NULL.';
comment on column ctgov.calculated_values.actual_duration is 'AACT: whole months (days / 30, truncated) from start_date to primary_completion_date, NULL when either is missing or ESTIMATED. Here: computed the same way from studies'' dates.';
comment on column ctgov.calculated_values.were_results_reported is 'AACT: true when the trial has posted outcome results (rows in outcomes). Here: result_measures.';
comment on column ctgov.calculated_values.months_to_report_results is 'AACT: whole months (days / 30, truncated) from primary_completion_date to results_first_submitted_date. Here: computed the same way from studies'' dates.';
comment on column ctgov.calculated_values.has_us_facility is 'AACT: true when a facility is in the United States or a US territory; NULL when the trial lists no facility. Here: trials.has_us_site.';
comment on column ctgov.calculated_values.has_single_facility is 'AACT: true when the trial lists exactly one facility; NULL when none. Here: trials.number_of_sites.';
comment on column ctgov.calculated_values.minimum_age_num is 'AACT: the number of the minimum age (18 of 18 Years). Here: from trials.minimum_age.';
comment on column ctgov.calculated_values.maximum_age_num is 'AACT: the number of the maximum age. Here: from trials.maximum_age.';
comment on column ctgov.calculated_values.minimum_age_unit is 'AACT: the unit of the minimum age, lower case and singular (year). Here: from trials.minimum_age.';
comment on column ctgov.calculated_values.maximum_age_unit is 'AACT: the unit of the maximum age, lower case and singular. Here: from trials.maximum_age.';
comment on column ctgov.calculated_values.number_of_primary_outcomes_to_measure is 'AACT: how many primary outcomes the protocol lists; NULL when none. Here: outcomes.';
comment on column ctgov.calculated_values.number_of_secondary_outcomes_to_measure is 'AACT: how many secondary outcomes the protocol lists; NULL when none. Here: outcomes.';
comment on column ctgov.calculated_values.number_of_other_outcomes_to_measure is 'AACT: how many other outcomes the protocol lists; NULL when none. Here: outcomes.';
