-- bi.trial_terms: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view bi.trial_terms is 'The words a trial can be found by: each condition and intervention as the record names it (other names included) and each MeSH term the registry gives it, for finding a drug''s or a disease''s trials by one filter. Grain: one row per term a trial names, by kind and by where it comes from (a term may come from two places). Key: none (rows are events, never updated).';
comment on column bi.trial_terms.nct_id is 'The trial (trials.nct_id).';
comment on column bi.trial_terms.kind is 'condition or intervention.';
comment on column bi.trial_terms.source is 'Where the term comes from: condition, intervention (its name), other_name, mesh_term or mesh_ancestor.';
comment on column bi.trial_terms.term is 'A condition, an intervention''s name or other name, or a MeSH term (term or ancestor) of that kind.';
