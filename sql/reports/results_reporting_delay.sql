-- Results reporting delay: months from primary completion to results first submitted, by lead sponsor class and primary completion year, with the trials that completed and have submitted no results.
-- param sponsor_class: the lead sponsor's class (INDUSTRY, NIH, OTHER ...; default: every class)
with completed as (
    select
        t.nct_id,
        s.agency_class as sponsor_class,
        year(t.primary_completion_date)::bigint as completion_year,
        t.results_first_submitted,
        t.months_to_report_results
    from bi.trials as t
    left join bi.sponsors as s on t.nct_id = s.nct_id and s.role = 'lead'
    where
        t.primary_completion_date is not null
        and coalesce(t.primary_completion_date_type, 'ACTUAL') = 'ACTUAL'
        and ($sponsor_class::varchar is null or s.agency_class = upper($sponsor_class))
)

select
    coalesce(sponsor_class, 'UNKNOWN') as sponsor_class,
    completion_year,
    count(*)::bigint as trials_completed,
    count(results_first_submitted)::bigint as trials_with_results,
    count(*) filter (where results_first_submitted is null)::bigint as trials_without_results,
    count(*) filter (where months_to_report_results <= 12)::bigint as within_12_months,
    median(months_to_report_results)::double as median_months,
    quantile_cont(months_to_report_results, 0.25)::double as p25_months,
    quantile_cont(months_to_report_results, 0.75)::double as p75_months,
    max(months_to_report_results)::bigint as max_months
from completed
group by all
order by sponsor_class, completion_year;
