-- The reporting views of earlier releases moved: trial_overview and quarantine_summary to the bi
-- schema, trials_by_status_phase and country_activity to sql/reports (trials report).
drop view if exists main.trial_overview;
drop view if exists main.trials_by_status_phase;
drop view if exists main.country_activity;
drop view if exists main.quarantine_summary;
