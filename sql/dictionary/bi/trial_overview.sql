-- bi.trial_overview: its description, grain and key, and every column's description.
-- Generated from the contracts and sql/views by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.trial_overview is 'Headline facts of each trial, with how many sites, countries, arms, conditions and references it has. Grain: one row per trial. Key: nct_id.';
comment on column bi.trial_overview.nct_id is 'Registry key of the trial (NCT########).';
comment on column bi.trial_overview.title is 'Brief title of the trial.';
comment on column bi.trial_overview.acronym is 'Short name or acronym of the trial; JSON and API sources only.';
comment on column bi.trial_overview.overall_status is 'Recruitment status code (RECRUITING, COMPLETED, TERMINATED ...).';
comment on column bi.trial_overview.phase is 'Phase code; several phases joined with ''/'' (PHASE1/PHASE2); NA when not applicable.';
comment on column bi.trial_overview.study_type is 'INTERVENTIONAL, OBSERVATIONAL or EXPANDED_ACCESS.';
comment on column bi.trial_overview.enrollment is 'Number of participants (actual or anticipated).';
comment on column bi.trial_overview.start_date is 'Study start; a month-only date is the first of that month.';
comment on column bi.trial_overview.primary_completion_date is 'Primary completion (last participant''s primary outcome); a month-only date is the first of that month. JSON and API sources only.';
comment on column bi.trial_overview.completion_date is 'Study completion; a month-only date is the first of that month.';
comment on column bi.trial_overview.lead_sponsor is 'Name of the lead sponsor organisation.';
comment on column bi.trial_overview.has_results is 'True when the trial has posted results.';
comment on column bi.trial_overview.last_updated is 'Date the registry last posted an update (Last Updated).';
comment on column bi.trial_overview.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.trial_overview.site_count is 'Sites the trial lists.';
comment on column bi.trial_overview.country_count is 'Countries the trial has sites in.';
comment on column bi.trial_overview.arm_count is 'Arms or cohorts of the trial.';
comment on column bi.trial_overview.condition_count is 'Conditions the trial studies.';
comment on column bi.trial_overview.reference_count is 'Publications the trial cites.';
