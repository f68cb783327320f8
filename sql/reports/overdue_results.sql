-- Trials past their completion date without posted results (withdrawn trials, which enrolled no one, left out).
-- param as_of: the date to measure from, YYYY-MM-DD (default: today)
select
    nct_id,
    title,
    lead_sponsor,
    overall_status,
    phase,
    primary_completion_date,
    completion_date,
    date_diff('day', completion_date, coalesce($as_of::date, current_date))::bigint as days_past_completion
from bi.trials
where
    completion_date < coalesce($as_of::date, current_date)
    and not has_results
    and coalesce(overall_status, '') <> 'WITHDRAWN'
order by days_past_completion desc, nct_id;
