-- main.load_runs: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table main.load_runs is 'The load history: one row per published run. Grain: one row per published run. Key: load_id.';
comment on column main.load_runs.load_id is 'Identifier of the run (the Dagster run ID).';
comment on column main.load_runs.started_at is 'When the run started (UTC).';
comment on column main.load_runs.finished_at is 'When the run published (UTC).';
comment on column main.load_runs.status is 'Outcome of the run; only published runs reach the warehouse.';
comment on column main.load_runs.sources is 'Sources the run read, one per line.';
comment on column main.load_runs.files_seen is 'Source files found in the sources.';
comment on column main.load_runs.files_unchanged is 'Files skipped because their content hash was already loaded.';
comment on column main.load_runs.files_parsed is 'Files read and parsed in this run.';
comment on column main.load_runs.records_loaded is 'Trials inserted or replaced.';
comment on column main.load_runs.records_quarantined is 'Records kept out entirely (rejected or superseded).';
comment on column main.load_runs.issues_recorded is 'Quarantine rows written by the run, all actions.';
comment on column main.load_runs.trials_total is 'Trials in the warehouse after the run.';
comment on column main.load_runs.api_data_timestamp is 'The ClinicalTrials.gov API''s dataTimestamp when the run pulled from it; NULL for runs that did not pull.';
comment on column main.load_runs.inputs_skipped is 'Inputs the run did not read (a missing source, a FIFO, an unreadable folder, a broken link, a hidden file or archive entry), each a quarantine row with action skipped.';
comment on column main.load_runs.file_bytes is 'Size of the warehouse file once this run loaded its tables (and compacted it, when it did), in bytes: the published file is this and its views, comments and this row; NULL for runs published before sizes were kept.';
comment on column main.load_runs.compacted is 'True when this run wrote the file whole: its first load, or a compaction (the file had grown past 8% more bytes per trial than when last written whole: replaced trials leave their old rows'' space behind); NULL for runs published before.';
comment on column main.load_runs.records_history is 'Records loaded as a past version of their trial: in the history tables alone, the current tables holding a later version; NULL for runs published before history was kept.';
