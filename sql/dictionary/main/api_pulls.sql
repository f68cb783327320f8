-- main.api_pulls: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table main.api_pulls is 'The pull history: one row per published pull; the newest watermark of a scope is where the next pull starts. Grain: one row per published pull. Key: load_id.';
comment on column main.api_pulls.load_id is 'Run that pulled and published (the Dagster run ID).';
comment on column main.api_pulls.scope is 'What was asked for: the query, condition and sponsor terms, or ''everything''.';
comment on column main.api_pulls.base_url is 'API base URL the pull read.';
comment on column main.api_pulls.since is 'Lower bound on LastUpdatePostDate (the previous watermark less a day of overlap); NULL for a first pull.';
comment on column main.api_pulls.watermark is 'Date of the API''s dataTimestamp: every study of the scope updated up to it is covered.';
comment on column main.api_pulls.data_timestamp is 'The API''s dataTimestamp (/api/v2/version) when the pull started.';
comment on column main.api_pulls.pages is 'API pages fetched.';
comment on column main.api_pulls.studies is 'Studies the pages held.';
comment on column main.api_pulls.folder is 'Landing folder the raw pages were written to.';
comment on column main.api_pulls.started_at is 'When the pull started (UTC).';
comment on column main.api_pulls.finished_at is 'When the last page arrived (UTC).';
