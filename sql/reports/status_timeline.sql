-- The status timeline of a trial, from its history: each overall status it held, from the Last Updated date of the version that first gave it until the version that changed it (status_until NULL: it still holds), with why it stopped.
-- param nct_id: the trial, e.g. NCT00072579 (default: every trial the warehouse knows in more than one version)
with versions as (
    select
        nct_id,
        overall_status,
        why_stopped,
        valid_from,
        valid_to,
        version_number,
        version_number - row_number() over (
            partition by nct_id, overall_status order by version_number
        ) as island
    from bi.trial_versions
    where
        ($nct_id is not null and nct_id = upper(trim($nct_id)))
        or ($nct_id is null and nct_id in (select v.nct_id from bi.trial_versions as v where v.version_number > 1))
)

select
    nct_id,
    coalesce(overall_status, 'UNKNOWN') as overall_status,
    first(valid_from order by version_number) as status_from,
    last(valid_to order by version_number) as status_until,
    count(*)::bigint as versions,
    last(why_stopped order by version_number) as why_stopped
from versions
group by nct_id, overall_status, island
order by nct_id, min(version_number);
