-- ctgov.sponsors: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.sponsors is 'AACT''s sponsors: the lead sponsor and the collaborators. Grain: one row per sponsor or collaborator. Key: id.';
comment on column ctgov.sponsors.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.sponsors.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.sponsors.agency_class is 'AACT: the sponsor''s class, the API''s code (INDUSTRY, NIH, OTHER ...). Here: sponsors.agency_class.';
comment on column ctgov.sponsors.lead_or_collaborator is 'AACT: lead or collaborator (AACT''s own values). Here: sponsors.role.';
comment on column ctgov.sponsors.name is 'AACT: the sponsor''s name. Here: sponsors.name, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
