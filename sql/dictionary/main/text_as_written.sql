-- main.text_as_written: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table main.text_as_written is 'One row per text value a JSON record writes otherwise than the warehouse stores it: the record''s own text (markdown escapes, indentation, Research Site), which the ctgov views give as AACT does. JSON and API sources only. Grain: one row per text value the record writes otherwise than the warehouse stores it. Key: nct_id, ordinal.';
comment on column main.text_as_written.nct_id is 'The trial this row belongs to (NCT########).';
comment on column main.text_as_written.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column main.text_as_written.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column main.text_as_written.table_name is 'The table whose value this is (trials, sites, outcomes ...).';
comment on column main.text_as_written.row_ordinal is 'The row''s ordinal in that table (NULL for trials, one row per trial).';
comment on column main.text_as_written.column_name is 'The column whose value this is (brief_summary, facility ...).';
comment on column main.text_as_written.written is 'The value exactly as the record writes it.';
