-- Trials whose start, primary completion or completion date is still ESTIMATED (anticipated) though the date has passed: records the sponsor has not updated.
-- param as_of: the date to measure from, YYYY-MM-DD (default: today)
-- param status: only trials of this overall status, a code such as RECRUITING (default: every status)
with dated as (
    select nct_id, title, lead_sponsor, overall_status, last_updated, 'start' as date_name, start_date as estimated_date
    from bi.trials
    where start_date_type = 'ESTIMATED'
    union all
    select
        nct_id, title, lead_sponsor, overall_status, last_updated, 'primary_completion' as date_name,
        primary_completion_date as estimated_date
    from bi.trials
    where primary_completion_date_type = 'ESTIMATED'
    union all
    select nct_id, title, lead_sponsor, overall_status, last_updated, 'completion' as date_name, completion_date as estimated_date
    from bi.trials
    where completion_date_type = 'ESTIMATED'
)

select
    nct_id,
    title,
    lead_sponsor,
    overall_status,
    date_name,
    estimated_date,
    date_diff('day', estimated_date, coalesce($as_of::date, current_date))::bigint as days_past,
    last_updated
from dated
where
    estimated_date < coalesce($as_of::date, current_date)
    and ($status is null or overall_status = upper($status))
order by days_past desc, nct_id, date_name;
