-- history.related_trials: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.related_trials is 'Every version of related_trials, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per trial the registry suggests as related. Grain: one row per trial the registry suggests as related to a trial, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.related_trials.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.related_trials.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.related_trials.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.related_trials.related_nct_id is 'NCT ID of the related trial.';
comment on column history.related_trials.title is 'Title of the related trial.';
comment on column history.related_trials.overall_status is 'Recruitment status code of the related trial.';
comment on column history.related_trials.phase is 'Phase of the related trial, phases joined with ''/''.';
comment on column history.related_trials.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.related_trials.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
