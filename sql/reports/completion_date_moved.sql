-- Trials whose completion date moved by more than a year over their history: the completion date of the first version the warehouse knows against the current one.
-- param min_months: how far it must have moved, in months either way (default: 12)
select
    t.nct_id,
    t.title,
    t.lead_sponsor,
    t.overall_status,
    first_version.valid_from as first_known_on,
    first_version.completion_date as first_completion_date,
    first_version.completion_date_type as first_completion_date_type,
    t.completion_date,
    t.completion_date_type,
    date_diff('month', first_version.completion_date, t.completion_date)::bigint as months_moved
from bi.trials as t
inner join bi.trial_versions as first_version on t.nct_id = first_version.nct_id and first_version.version_number = 1
where abs(date_diff('month', first_version.completion_date, t.completion_date)) > coalesce($min_months::integer, 12)
order by abs(months_moved) desc, t.nct_id;
