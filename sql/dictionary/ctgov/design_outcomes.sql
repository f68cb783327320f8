-- ctgov.design_outcomes: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.design_outcomes is 'AACT''s design_outcomes: the outcome measures the protocol plans (primary, secondary, other). Grain: one row per planned outcome measure. Key: id.';
comment on column ctgov.design_outcomes.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.design_outcomes.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.design_outcomes.outcome_type is 'AACT: primary, secondary or other (lower case, AACT''s own values). Here: lower(outcomes.outcome_type).';
comment on column ctgov.design_outcomes.measure is 'AACT: the measure. Here: outcomes.measure, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.design_outcomes.time_frame is 'AACT: when it is measured. Here: outcomes.time_frame, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.design_outcomes.population is 'AACT: a column the API v2 importer does not fill: NULL in AACT too. Here: always NULL.';
comment on column ctgov.design_outcomes.description is 'AACT: the measure''s description. Here: outcomes.description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
