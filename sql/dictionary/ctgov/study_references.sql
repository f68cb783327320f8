-- ctgov.study_references: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.study_references is 'AACT''s study_references: the publications the record cites. Grain: one row per reference. Key: id.';
comment on column ctgov.study_references.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.study_references.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.study_references.pmid is 'AACT: the PubMed ID. Here: trial_references.pmid.';
comment on column ctgov.study_references.reference_type is 'AACT: BACKGROUND, RESULT or DERIVED, the API''s code. Here: trial_references.reference_type.';
comment on column ctgov.study_references.citation is 'AACT: the citation. Here: trial_references.citation, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
