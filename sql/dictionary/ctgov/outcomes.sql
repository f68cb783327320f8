-- ctgov.outcomes: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.outcomes is 'AACT''s outcomes: the outcome measures with posted results (or a date results are expected). Grain: one row per outcome measure of the posted results. Key: id.';
comment on column ctgov.outcomes.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.outcomes.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.outcomes.outcome_type is 'AACT: PRIMARY, SECONDARY, OTHER_PRE_SPECIFIED or POST_HOC, the API''s code. Here: result_measures.outcome_type.';
comment on column ctgov.outcomes.title is 'AACT: the measure''s title. Here: result_measures.title, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.outcomes.description is 'AACT: its description. Here: result_measures.description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.outcomes.time_frame is 'AACT: when it was measured. Here: result_measures.time_frame, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.outcomes.population is 'AACT: the analysis population. Here: result_measures.population_description, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.outcomes.anticipated_posting_date is 'AACT: when results not yet posted are expected, as a date: the first day of a month-only date (a year-only date 31 December). Here: result_measures.anticipated_posting_date.';
comment on column ctgov.outcomes.anticipated_posting_month_year is 'AACT: that date as the record gives it. Here: result_measures.anticipated_posting_date_raw.';
comment on column ctgov.outcomes.units is 'AACT: the unit of measure. Here: result_measures.unit_of_measure, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.outcomes.units_analyzed is 'AACT: what was analysed when not participants. Here: result_measures.units_analyzed, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.outcomes.dispersion_type is 'AACT: the dispersion type, the API''s code. Here: result_measures.dispersion_type.';
comment on column ctgov.outcomes.param_type is 'AACT: the measure type, the API''s code. Here: result_measures.param_type.';
