-- Whom to contact about enrolling in a recruiting trial, per country it recruits in: each central contact of each recruiting trial, once per country of its sites.
-- param country: only this country, as the registry spells it, such as France (default: every country)
select
    c.country,
    t.nct_id,
    t.title,
    t.phase,
    cc.name as contact_name,
    cc.role as contact_role,
    cc.phone,
    cc.phone_ext,
    cc.email
from bi.trials as t
inner join bi.countries as c on t.nct_id = c.nct_id
inner join bi.central_contacts as cc on t.nct_id = cc.nct_id
where t.overall_status = 'RECRUITING' and ($country is null or c.country = $country)
order by c.country, t.nct_id, cc.ordinal;
