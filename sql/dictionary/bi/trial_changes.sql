-- bi.trial_changes: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.trial_changes is 'What changed between consecutive versions of a trial, for the fields people track: status, why stopped, phase, enrollment and its type, the start, primary completion and completion dates and their types (changed), and the primary and secondary outcome measures, arms, sites and sponsors (added or removed). From the history: a trial the warehouse knows in one version has no rows. Grain: one row per change of a field (or per item added or removed) of a trial between two consecutive versions. Key: none (rows are events, never updated).';
comment on column bi.trial_changes.nct_id is 'The trial (trials.nct_id).';
comment on column bi.trial_changes.field is 'What changed: overall_status, why_stopped, phase, enrollment, enrollment_type, start_date, start_date_type, primary_completion_date, primary_completion_date_type, completion_date, completion_date_type, primary_outcomes, secondary_outcomes, arms, sites or sponsors.';
comment on column bi.trial_changes.change is 'changed (a field''s value), added or removed (an item of a list: an outcome measure, an arm, a site, a sponsor).';
comment on column bi.trial_changes.old_value is 'The value in the earlier version, as text; NULL when it was not given, or for an added item.';
comment on column bi.trial_changes.new_value is 'The value in the later version, as text; NULL when it is not given, or for a removed item.';
comment on column bi.trial_changes.previous_version is 'The Last Updated date of the earlier version.';
comment on column bi.trial_changes.changed_on is 'The Last Updated date of the version that made the change.';
