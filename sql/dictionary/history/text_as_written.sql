-- history.text_as_written: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on table history.text_as_written is 'Every version of text_as_written, one row per span of consecutive versions a row held in unchanged (valid_from to valid_to). One row per text value a JSON record writes otherwise than the warehouse stores it: the record''s own text (markdown escapes, indentation, Research Site), which the ctgov views give as AACT does. JSON and API sources only. Grain: one row per text value the record writes otherwise than the warehouse stores it, per span of versions it held in unchanged. Key: nct_id, ordinal, valid_from.';
comment on column history.text_as_written.nct_id is 'The trial this row belongs to (NCT########).';
comment on column history.text_as_written.ordinal is 'Position of the row in the trial''s record, from 1.';
comment on column history.text_as_written.source_kind is 'Kind of source the row was loaded from: text, json or api.';
comment on column history.text_as_written.table_name is 'The table whose value this is (trials, sites, outcomes ...).';
comment on column history.text_as_written.row_ordinal is 'The row''s ordinal in that table (NULL for trials, one row per trial).';
comment on column history.text_as_written.column_name is 'The column whose value this is (brief_summary, facility ...).';
comment on column history.text_as_written.written is 'The value exactly as the record writes it.';
comment on column history.text_as_written.valid_from is 'The Last Updated date of the first version of the trial this row held in (NULL: an undated record, before every dated version).';
comment on column history.text_as_written.valid_to is 'The Last Updated date of the first later version it no longer held in; NULL while it still holds (in the current version).';
