-- Per country: trials with at least one site there, and the number of sites.
create or replace view country_activity as
select
    country,
    count(distinct nct_id)::bigint as trials,
    count(*)::bigint as sites
from sites
where country is not null
group by country;
