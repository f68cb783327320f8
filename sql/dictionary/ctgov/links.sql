-- ctgov.links: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.links is 'AACT''s links: web sites the record points to. Grain: one row per link. Key: id.';
comment on column ctgov.links.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.links.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.links.url is 'AACT: the address. Here: links.url.';
comment on column ctgov.links.description is 'AACT: what it is. Here: links.label, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
