-- AACT's countries: each country the trial's sites are in (removed false), and each country the record removed (removed true).
-- grain: one row per country of the trial's sites, and per removed country
-- key: id
-- column id: AACT: the row's id. Here: stable across runs, the trial's number times 10^9 plus the row's ordinal (removed countries from 500,000,001).
-- column nct_id: AACT: the trial's NCT ID, the key to studies. Here: trials.nct_id.
-- column name: AACT: the country. Here: countries.country, removed_countries.country.
-- column removed: AACT: true for a country the record removed (all its sites closed). Here: false from countries, true from removed_countries.
create or replace view ctgov.countries as
select
    c.id,
    c.nct_id,
    c.name,
    c.removed
from (
    select substr(k.nct_id, 4)::bigint * 1000000000 + k.ordinal as id, k.nct_id, k.country as name, false as removed from main.countries as k
    union all
    select substr(r.nct_id, 4)::bigint * 1000000000 + 500000000 + r.ordinal as id, r.nct_id, r.country as name, true as removed from main.removed_countries as r
) as c;
