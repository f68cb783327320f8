-- bi.trial_versions: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.trial_versions is 'Every version of every trial the warehouse knows, from the history: when the registry last updated it (valid_from), until the next version (valid_to, NULL for the current one), the fields people track, and the record and run it came from. Grain: one row per version of a trial (per Last Updated date). Key: nct_id, valid_from.';
comment on column bi.trial_versions.nct_id is 'Registry key of the trial (NCT########). From the record: protocolSection.identificationModule.nctId.';
comment on column bi.trial_versions.valid_from is 'The version''s Last Updated date: from when the registry gave the trial so (NULL for an undated record, before every dated version).';
comment on column bi.trial_versions.valid_to is 'The next version''s Last Updated date; NULL for the trial''s current version.';
comment on column bi.trial_versions.version_number is 'The version''s place among the trial''s versions the warehouse knows, 1 for the first (a version loaded later, out of order, renumbers those after it).';
comment on column bi.trial_versions.is_current is 'True for the version the current tables hold.';
comment on column bi.trial_versions.overall_status is 'Recruitment status code (RECRUITING, COMPLETED, TERMINATED ...). From the record: protocolSection.statusModule.overallStatus.';
comment on column bi.trial_versions.why_stopped is 'Why a terminated, suspended or withdrawn trial stopped; JSON and API sources only. From the record: protocolSection.statusModule.whyStopped.';
comment on column bi.trial_versions.phase is 'Phase code; several phases joined with ''/'' (PHASE1/PHASE2); NA when not applicable. From the record: protocolSection.designModule.phases.';
comment on column bi.trial_versions.enrollment is 'Number of participants (actual or anticipated). From the record: protocolSection.designModule.enrollmentInfo.count.';
comment on column bi.trial_versions.enrollment_type is 'Type of enrollment: ACTUAL (participants enrolled) or ESTIMATED (the target). From the record: protocolSection.designModule.enrollmentInfo.type.';
comment on column bi.trial_versions.start_date is 'Study start; a month-only date is the first of that month. From the record: protocolSection.statusModule.startDateStruct.date.';
comment on column bi.trial_versions.start_date_type is 'Type of start_date: ACTUAL or ESTIMATED (anticipated); NULL when the record gives no type (always so for text pages). From the record: protocolSection.statusModule.startDateStruct.type.';
comment on column bi.trial_versions.primary_completion_date is 'Primary completion (last participant''s primary outcome); a month-only date is the first of that month. JSON and API sources only. From the record: protocolSection.statusModule.primaryCompletionDateStruct.date.';
comment on column bi.trial_versions.primary_completion_date_type is 'Type of primary_completion_date: ACTUAL or ESTIMATED (anticipated); NULL when the record gives no type (always so for text pages). From the record: protocolSection.statusModule.primaryCompletionDateStruct.type.';
comment on column bi.trial_versions.completion_date is 'Study completion; a month-only date is the first of that month. From the record: protocolSection.statusModule.completionDateStruct.date.';
comment on column bi.trial_versions.completion_date_type is 'Type of completion_date: ACTUAL or ESTIMATED (anticipated); NULL when the record gives no type (always so for text pages). From the record: protocolSection.statusModule.completionDateStruct.type.';
comment on column bi.trial_versions.lead_sponsor is 'Name of the lead sponsor organisation. From the record: protocolSection.sponsorCollaboratorsModule.leadSponsor.name.';
comment on column bi.trial_versions.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column bi.trial_versions.source_uri is 'URI of the record the row was loaded from: the file, or file#entry inside an archive, or file#/studies/N inside an API page.';
comment on column bi.trial_versions.load_id is 'Identifier of the run that loaded the row.';
comment on column bi.trial_versions.loaded_at is 'When that run loaded the row (UTC).';
