-- ctgov.retractions: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.retractions is 'AACT''s retractions: retraction notices of cited publications. Grain: one row per retraction of a cited publication. Key: id.';
comment on column ctgov.retractions.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.retractions.reference_id is 'AACT: the cited publication''s id (join study_references.id). Here: from reference_retractions.reference_ordinal.';
comment on column ctgov.retractions.pmid is 'AACT: the retraction''s PubMed ID. Here: reference_retractions.pmid.';
comment on column ctgov.retractions.source is 'AACT: where it was published. Here: reference_retractions.source, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.retractions.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
