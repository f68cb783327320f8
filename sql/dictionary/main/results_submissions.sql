-- main.results_submissions: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table main.results_submissions is 'One row per results submission the registry tracked for a trial (submissionTracking.submissionInfos); JSON and API sources only. Grain: one row per results submission the registry tracked for a trial. Key: nct_id, ordinal.';
comment on column main.results_submissions.nct_id is 'The trial this row belongs to (NCT########).';
comment on column main.results_submissions.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column main.results_submissions.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column main.results_submissions.release_date is 'Date the submission was released to the registry. From the record: derivedSection.miscInfoModule.submissionTracking.submissionInfos.releaseDate.';
comment on column main.results_submissions.unrelease_date is 'Date it was taken back (unreleased). From the record: derivedSection.miscInfoModule.submissionTracking.submissionInfos.unreleaseDate.';
comment on column main.results_submissions.unrelease_date_unknown is 'True when it was taken back on a date the registry does not know. From the record: derivedSection.miscInfoModule.submissionTracking.submissionInfos.unreleaseDateUnknown.';
comment on column main.results_submissions.reset_date is 'Date it was reset (returned with comments). From the record: derivedSection.miscInfoModule.submissionTracking.submissionInfos.resetDate.';
comment on column main.results_submissions.mcp_release_n is 'Number of the release under quality control review. From the record: derivedSection.miscInfoModule.submissionTracking.submissionInfos.mcpReleaseN.';
