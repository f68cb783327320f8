-- AACT's facilities: the trial's sites.
-- grain: one row per site
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column status: AACT: the site's recruitment status, the API's code (RECRUITING ...). Here: sites.status.
-- column name: AACT: the facility's name as the record gives it. Here: sites.facility (NULL for a site named Research Site, see the README).
-- column city: AACT: the city. Here: sites.city.
-- column state: AACT: the state or region. Here: sites.state.
-- column zip: AACT: the postal code. Here: sites.zip.
-- column country: AACT: the country. Here: sites.country.
-- column latitude: AACT: the site's latitude (geoPoint.lat). Here: sites.latitude.
-- column longitude: AACT: the site's longitude (geoPoint.lon). Here: sites.longitude.
create or replace view ctgov.facilities as
select
    substr(s.nct_id, 4)::bigint * 1000000000 + s.ordinal as id,
    s.nct_id,
    s.status,
    s.facility as name,
    s.city,
    s.state,
    s.zip,
    s.country,
    s.latitude,
    s.longitude
from main.sites as s;
