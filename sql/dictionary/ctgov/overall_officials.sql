-- ctgov.overall_officials: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.overall_officials is 'AACT''s overall_officials: the people responsible for the trial''s scientific leadership. Grain: one row per overall official. Key: id.';
comment on column ctgov.overall_officials.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.overall_officials.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.overall_officials.role is 'AACT: PRINCIPAL_INVESTIGATOR, STUDY_CHAIR, STUDY_DIRECTOR ... Here: investigators.role.';
comment on column ctgov.overall_officials.name is 'AACT: the official''s name. Here: investigators.name, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.overall_officials.affiliation is 'AACT: the official''s affiliation. Here: investigators.affiliation, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
