-- FDA-regulated interventional trials (the population FDAAA 801 applies to) by results status: posted, submitted and not yet posted, delayed by a certification or extension, overdue (a year past an actual primary completion without results), or not yet due.
-- param as_of: the date to measure from, YYYY-MM-DD (default: today)
with regulated as (
    select
        t.nct_id,
        t.months_to_report_results,
        case
            when t.has_results then 'posted'
            when
                t.results_first_submitted is not null
                or exists (select 1 from bi.unposted_events as u where u.nct_id = t.nct_id)
                then 'submitted, not yet posted'
            when t.disposition_first_submitted is not null then 'delayed (certification or extension)'
            when
                t.primary_completion_date_type = 'ACTUAL'
                and t.primary_completion_date + interval 1 year < coalesce($as_of::date, current_date)
                then 'overdue'
            else 'not yet due'
        end as results_status
    from bi.trials as t
    where t.study_type = 'INTERVENTIONAL' and (t.is_fda_regulated_drug or t.is_fda_regulated_device)
)

select
    results_status,
    count(*)::bigint as trials,
    round(100.0 * count(*) / sum(count(*)) over (), 1)::double as share_pct,
    median(months_to_report_results) as median_months_to_report
from regulated
group by results_status
order by trials desc, results_status;
