-- ctgov.baseline_counts: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.baseline_counts is 'AACT''s baseline_counts: how many participants (or units) each baseline group analysed, overall. Grain: one row per overall baseline denominator of a group. Key: id.';
comment on column ctgov.baseline_counts.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.baseline_counts.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.baseline_counts.result_group_id is 'AACT: the id of the group in result_groups (join result_groups.id). Here: from group_ordinal, resolved at load.';
comment on column ctgov.baseline_counts.ctgov_group_code is 'AACT: the group''s code in the record (BG000, FG000, OG000, EG000). Here: group_code as written.';
comment on column ctgov.baseline_counts.units is 'AACT: what is counted (Participants ...). Here: result_denoms.units, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.baseline_counts.scope is 'AACT: always overall (AACT''s own value). Here: the same.';
comment on column ctgov.baseline_counts.count is 'AACT: the number analysed, read as Rails reads text into an integer column. Here: from result_denoms.count_raw.';
