-- Trials, sites and recruiting sites per country.
-- A trial counts in a country when it lists the country or a site there.
with trial_countries as (
    select nct_id, country from bi.countries
    union
    select nct_id, country from bi.sites where country is not null
),

site_counts as (
    select
        country,
        count(*)::bigint as sites,
        count(*) filter (where status = 'RECRUITING')::bigint as recruiting_sites
    from bi.sites
    where country is not null
    group by country
)

select
    tc.country,
    count(distinct tc.nct_id)::bigint as trials,
    coalesce(any_value(sc.sites), 0)::bigint as sites,
    coalesce(any_value(sc.recruiting_sites), 0)::bigint as recruiting_sites
from trial_countries as tc
left join site_counts as sc on sc.country = tc.country
group by tc.country
order by trials desc, sites desc, tc.country;
