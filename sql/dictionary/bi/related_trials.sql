-- bi.related_trials: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.related_trials is 'One row per trial the registry suggests as related. Grain: one row per trial the registry suggests as related to a trial. Key: nct_id, ordinal.';
comment on column bi.related_trials.nct_id is 'The trial this row belongs to (NCT########).';
comment on column bi.related_trials.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column bi.related_trials.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.related_trials.related_nct_id is 'NCT ID of the related trial.';
comment on column bi.related_trials.title is 'Title of the related trial.';
comment on column bi.related_trials.overall_status is 'Recruitment status code of the related trial.';
comment on column bi.related_trials.phase is 'Phase of the related trial, phases joined with ''/''.';
