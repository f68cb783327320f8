-- AACT's facilities: the trial's sites.
-- grain: one row per site
-- key: id
-- column id: AACT: the row's id (AACT's own serial key). Here: stable across runs, the trial's number times 10^9 plus the row's ordinal in the trial.
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column status: AACT: the site's recruitment status, the API's code (RECRUITING ...). Here: sites.status.
-- column name: AACT: the facility's name as the record gives it (Research Site too). Here: sites.facility, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column city: AACT: the city. Here: sites.city, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column state: AACT: the state or region. Here: sites.state, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column zip: AACT: the postal code. Here: sites.zip, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column country: AACT: the country. Here: sites.country, as the record writes it (text_as_written) where the warehouse stores it in its canonical form.
-- column latitude: AACT: the site's latitude (geoPoint.lat). Here: sites.latitude.
-- column longitude: AACT: the site's longitude (geoPoint.lon). Here: sites.longitude.
create or replace view ctgov.facilities as
select
    substr(s.nct_id, 4)::bigint * 1000000000 + s.ordinal as id,
    s.nct_id,
    s.status,
    coalesce(w_s.facility, s.facility) as name,
    coalesce(w_s.city, s.city) as city,
    coalesce(w_s.state, s.state) as state,
    coalesce(w_s.zip, s.zip) as zip,
    coalesce(w_s.country, s.country) as country,
    s.latitude,
    s.longitude
from main.sites as s
left join (
    select
        nct_id,
        row_ordinal,
        max(written) filter (where column_name = 'facility') as facility,
        max(written) filter (where column_name = 'city') as city,
        max(written) filter (where column_name = 'state') as state,
        max(written) filter (where column_name = 'zip') as zip,
        max(written) filter (where column_name = 'country') as country
    from main.text_as_written
    where table_name = 'sites'
    group by nct_id, row_ordinal
) as w_s on w_s.nct_id = s.nct_id and w_s.row_ordinal = s.ordinal;
