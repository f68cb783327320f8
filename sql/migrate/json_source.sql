-- Bring a warehouse published before JSON sources up to date (every statement is a no-op on a
-- current one). Rows loaded then all came from text pages; their files held one record each.
alter table arms add column if not exists source_kind varchar default 'text';
alter table interventions add column if not exists source_kind varchar default 'text';
alter table arm_interventions add column if not exists source_kind varchar default 'text';
alter table sites add column if not exists source_kind varchar default 'text';
alter table countries add column if not exists source_kind varchar default 'text';
alter table trial_references add column if not exists source_kind varchar default 'text';
alter table identifiers add column if not exists source_kind varchar default 'text';
alter table conditions add column if not exists source_kind varchar default 'text';
alter table sponsors add column if not exists source_kind varchar default 'text';
alter table investigators add column if not exists source_kind varchar default 'text';
alter table links add column if not exists source_kind varchar default 'text';
alter table related_trials add column if not exists source_kind varchar default 'text';
alter table trials add column if not exists official_title varchar;
alter table trials add column if not exists acronym varchar;
alter table trials add column if not exists why_stopped varchar;
alter table trials add column if not exists primary_completion_date date;
alter table trials add column if not exists primary_completion_date_raw varchar;
alter table trials add column if not exists study_first_posted date;
alter table trials add column if not exists study_first_posted_raw varchar;
alter table sites add column if not exists zip varchar;
alter table sites add column if not exists latitude double;
alter table sites add column if not exists longitude double;
alter table file_manifest add column if not exists file_uri varchar;
update file_manifest set file_uri = source_uri where file_uri is null;
alter table load_runs add column if not exists api_data_timestamp timestamp;
