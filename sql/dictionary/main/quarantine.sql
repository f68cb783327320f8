-- main.quarantine: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table main.quarantine is 'Every input problem, with its source and a reason: nothing is lost silently. Grain: one row per problem found in an input record. Key: none (rows are events, never updated).';
comment on column main.quarantine.load_id is 'Run that met the problem.';
comment on column main.quarantine.source_uri is 'URI of the record or file the problem is in (file#entry inside an archive, file#/studies/N inside an API page).';
comment on column main.quarantine.nct_id is 'Trial concerned, when the file could be keyed to one.';
comment on column main.quarantine.stage is 'Step that found the problem: discover, read, decode, parse, contract, dedupe or load.';
comment on column main.quarantine.reason is 'Readable reason.';
comment on column main.quarantine.detail is 'The offending value or text, or more context.';
comment on column main.quarantine.field is 'Table and column concerned (trials.enrollment), when one is.';
comment on column main.quarantine.action is 'What was done: rejected (record not loaded), nulled (field stored as NULL), dropped (child row left out), superseded (a newer record of the trial won), reported (kept out of the tables), skipped (an input not read: a FIFO, an unreadable folder, a broken link, a hidden file or archive entry).';
comment on column main.quarantine.recorded_at is 'When the problem was recorded (UTC).';
comment on column main.quarantine.occurrences is 'Records the row stands for: 1, except for a JSON field the parser does not know, reported once per run and path with the number of records that had it (source_uri is the first of them).';
