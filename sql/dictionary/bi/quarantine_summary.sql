-- bi.quarantine_summary: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.quarantine_summary is 'Problems per run, stage, action and reason: where the input went wrong. Grain: one row per run, stage, action and reason. Key: load_id, stage, action, reason.';
comment on column bi.quarantine_summary.load_id is 'Run that met the problem.';
comment on column bi.quarantine_summary.stage is 'Step that found the problem: discover, read, decode, parse, contract, dedupe or load.';
comment on column bi.quarantine_summary.action is 'What was done: rejected (record not loaded), nulled (field stored as NULL), dropped (child row left out), superseded (a newer record of the trial won), reported (kept out of the tables), skipped (an input not read: a FIFO, an unreadable folder, a broken link, a hidden file or archive entry).';
comment on column bi.quarantine_summary.reason is 'Readable reason.';
comment on column bi.quarantine_summary.occurrences is 'Records with the problem (a JSON field the parser does not know counts every record that had it).';
comment on column bi.quarantine_summary.files is 'Distinct source records the rows name.';
