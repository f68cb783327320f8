-- history.results_submissions: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.results_submissions is 'Every version of results_submissions, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per results submission the registry tracked for a trial (submissionTracking.submissionInfos); JSON and API sources only. Grain: one row per results submission the registry tracked for a trial, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.results_submissions.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.results_submissions.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.results_submissions.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.results_submissions.release_date is 'Date the submission was released to the registry. From the record: derivedSection.miscInfoModule.submissionTracking.submissionInfos.releaseDate.';
comment on column history.results_submissions.unrelease_date is 'Date it was taken back (unreleased). From the record: derivedSection.miscInfoModule.submissionTracking.submissionInfos.unreleaseDate.';
comment on column history.results_submissions.unrelease_date_unknown is 'True when it was taken back on a date the registry does not know. From the record: derivedSection.miscInfoModule.submissionTracking.submissionInfos.unreleaseDateUnknown.';
comment on column history.results_submissions.reset_date is 'Date it was reset (returned with comments). From the record: derivedSection.miscInfoModule.submissionTracking.submissionInfos.resetDate.';
comment on column history.results_submissions.mcp_release_n is 'Number of the release under quality control review. From the record: derivedSection.miscInfoModule.submissionTracking.submissionInfos.mcpReleaseN.';
comment on column history.results_submissions.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.results_submissions.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
