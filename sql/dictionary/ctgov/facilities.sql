-- ctgov.facilities: its description, grain and key, and every column's description.
-- Generated from the contracts, sql/views and sql/ctgov by `make generate` (pipelines/dictionary): do not edit.
comment on view ctgov.facilities is 'AACT''s facilities: the trial''s sites. Grain: one row per site. Key: id.';
comment on column ctgov.facilities.id is 'AACT: the row''s id (AACT''s own serial key). Here: stable across runs, the trial''s number times 10^9 plus the row''s ordinal in the trial.';
comment on column ctgov.facilities.nct_id is 'AACT: the trial''s NCT ID, the key to studies. Here: trials.nct_id.';
comment on column ctgov.facilities.status is 'AACT: the site''s recruitment status, the API''s code (RECRUITING ...). Here: sites.status.';
comment on column ctgov.facilities.name is 'AACT: the facility''s name as the record gives it (Research Site too). Here: sites.facility, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.facilities.city is 'AACT: the city. Here: sites.city, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.facilities.state is 'AACT: the state or region. Here: sites.state, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.facilities.zip is 'AACT: the postal code. Here: sites.zip, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.facilities.country is 'AACT: the country. Here: sites.country, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.';
comment on column ctgov.facilities.latitude is 'AACT: the site''s latitude (geoPoint.lat). Here: sites.latitude.';
comment on column ctgov.facilities.longitude is 'AACT: the site''s longitude (geoPoint.lon). Here: sites.longitude.';
